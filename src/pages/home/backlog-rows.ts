import type { BacklogItem, Client } from '#contract';

/** One integration's queue as the home screen lists it. */
export interface HomeBacklog {
  clientId: string;
  clientName: string;
  integrationId: string;
  integrationName: string;
  waiting: number;
  sending: number;
  held: number;
  etaSeconds: number | null;
}

/**
 * The queues worth a row: something waits, is being sent or is held, for a client that is not
 * archived. A stopped integration's held leads are on its own row already, not again here.
 */
export function backlogRows(
  items: readonly BacklogItem[],
  clients: readonly Pick<Client, 'id' | 'name' | 'archivedAt'>[],
  stopped: ReadonlySet<string>,
  language: string,
): HomeBacklog[] {
  const names = new Map(clients.filter((c) => c.archivedAt === null).map((c) => [c.id, c.name]));
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return items
    .flatMap((i) => {
      const clientName = names.get(i.clientId);
      if (clientName === undefined || stopped.has(i.integrationId)) return [];
      if (i.waiting + i.sending + i.held === 0) return [];
      const { clientId, integrationId, integrationName, waiting, sending, held, etaSeconds } = i;
      return [{ clientId, clientName, integrationId, integrationName, waiting, sending, held, etaSeconds }];
    })
    .sort(
      (a, b) => collator.compare(a.clientName, b.clientName) || collator.compare(a.integrationName, b.integrationName),
    );
}
