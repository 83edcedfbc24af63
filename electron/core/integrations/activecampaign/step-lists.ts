import type { AcListRef } from '#contract/activecampaign';
import { ConnectorError, outcome } from '../connector';
import { acDetails } from './errors';
import type { AcSendSession, ContactStep } from './session';
import { ContactGoneError } from './session';

export type ListOutcome = 'subscribed' | 'resubscribed' | 'already_subscribed' | 'left_unsubscribed';

const CONFIRM =
  'Confirm that the list exists and is active in ActiveCampaign (archived lists do not accept new contacts), ' +
  "then select it again in the integration's settings.";

function listUnavailable(list: AcListRef, err?: ConnectorError): ConnectorError {
  const why =
    err?.status === 422
      ? `ActiveCampaign refused it: ${err.message}`
      : 'the list was not found in ActiveCampaign (deleted, or archived)';
  return new ConnectorError('permanent', `The contact was not added to the list "${list.name}": ${why}. ${CONFIRM}`, {
    status: err?.status,
    details: { ...(err ? acDetails(err) : {}), reason: 'list_unavailable', list },
    cause: err,
  });
}

/** After a 404: re-read every list, and find the one picked in the wizard by its exact name. */
async function refreshListId(s: AcSendSession, list: AcListRef): Promise<string> {
  const lists = await s.api.listLists();
  s.cache.replaceAll(
    'list',
    lists.map((l) => ({ name: l.name, id: l.id })),
  );
  const id = s.cache.get('list', list.name);
  if (id === undefined) throw listUnavailable(list);
  return id;
}

async function addToList(
  s: AcSendSession,
  list: AcListRef,
  listId: string,
  current: string | undefined,
): Promise<{ list: string; outcome: ListOutcome }> {
  const email = s.ctx.lead.email;
  if (current === '1') return { list: listId, outcome: 'already_subscribed' };
  const unsubscribed = current === '2';
  if (unsubscribed && !s.config.resubscribeUnsubscribed) {
    s.ctx.note(
      `${email} had unsubscribed from the list "${list.name}" and ${outcome(s.ctx, 'left unsubscribed')}, as configured.`,
    );
    return { list: listId, outcome: 'left_unsubscribed' };
  }
  try {
    await s.api.subscribe(s.contactId(), listId, list.name, unsubscribed);
  } catch (err) {
    if (err instanceof ConnectorError && err.status === 422) throw listUnavailable(list, err);
    throw err;
  }
  if (unsubscribed) {
    s.ctx.note(`${email} had unsubscribed from the list "${list.name}" and ${outcome(s.ctx, 're-subscribed')}.`);
  }
  return { list: listId, outcome: unsubscribed ? 'resubscribed' : 'subscribed' };
}

/** The contact's list memberships: none for a contact this dispatch created, otherwise read (one call). */
async function memberships(s: AcSendSession): Promise<Map<string, string>> {
  if (s.ctx.steps.get<ContactStep>('contact')?.created === true) return new Map();
  try {
    return await s.api.contactListStatuses(s.contactId());
  } catch (err) {
    if (err instanceof ConnectorError && err.status === 404) throw new ContactGoneError();
    throw err;
  }
}

/**
 * Each selected list with status active. An existing contact's memberships are read first (one
 * call): someone who unsubscribed is left alone unless the integration says otherwise, and a
 * repeat lead already on the list costs no write. A contact just created has none to read.
 */
export async function listsStep(s: AcSendSession): Promise<void> {
  const pending = s.config.lists.filter((l) => !s.done(`list:${l.id}`));
  if (pending.length === 0) return;
  const statuses = await memberships(s);
  for (const list of pending) {
    s.checkpoint();
    await s.collect(async () => {
      const result = await s.withFreshIdsOn404(
        async (fresh) => {
          const id = fresh ? await refreshListId(s, list) : (s.cache.get('list', list.name) ?? list.id);
          return addToList(s, list, id, statuses.get(id));
        },
        (err) => listUnavailable(list, err),
      );
      s.record(`list:${list.id}`, result);
    });
  }
}
