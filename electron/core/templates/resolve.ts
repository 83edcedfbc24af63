import type { AcConnectionInput } from '#contract/activecampaign';
import type {
  ClientTemplate,
  IntegrationResolution,
  RemoteKind,
  ResolutionItem,
  TemplateAccount,
  TemplateAc,
} from '#contract/templates';
import { AppError } from '../errors';
import { nameKey } from '../integrations/activecampaign/tag-names';
import type { Invoke } from '../rpc/invoke';

/** The connection the AC lookups take for an account choice. */
export function acConnectionOf(account: TemplateAccount): AcConnectionInput {
  return account.kind === 'integration'
    ? { integrationId: account.integrationId }
    : { apiUrl: account.apiUrl, apiKey: account.apiKey };
}

/** Every name an AC integration of the template needs in its account, each once. */
export function acNames(ac: TemplateAc): Array<{ kind: RemoteKind; name: string }> {
  const seen = new Set<string>();
  const out: Array<{ kind: RemoteKind; name: string }> = [];
  const add = (kind: RemoteKind, name: string) => {
    const key = `${kind}:${nameKey(name)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind, name });
  };
  for (const l of ac.lists) add('list', l.name);
  for (const t of ac.fixedTags) add('tag', t);
  if (ac.scoreTags.enabled) for (const t of Object.values(ac.scoreTags.byRange)) add('tag', t);
  for (const f of ac.mapping.fields) add('field', f.field.title);
  return out;
}

export type AcResolution = IntegrationResolution & { connection: AcConnectionInput };

/** What the page sees: the connection (which may hold a typed key) stays in the core. */
function viewOf(resolution: AcResolution): IntegrationResolution {
  const { ref, type, name, account, items, available, secretHeaders } = resolution;
  return { ref, type, name, account, items, available, secretHeaders };
}

/** Looks an AC integration's names up in the chosen account (one read of lists, tags and fields). */
export async function resolveAc(
  invoke: Invoke,
  ac: TemplateAc,
  account: TemplateAccount | undefined,
  at: Array<string | number>,
): Promise<AcResolution> {
  if (!account) {
    const message = `Choose the ActiveCampaign account of "${ac.name}".`;
    throw new AppError('invalid_input', message, { issues: [{ path: at, reason: 'account_required', message }] });
  }
  const connection = acConnectionOf(account);
  const check = await invoke('activecampaign:checkConnection', connection);
  const [lists, tags, fields] = await Promise.all([
    invoke('activecampaign:lists', connection),
    invoke('activecampaign:tags', connection),
    invoke('activecampaign:fields', connection),
  ]);
  const available = {
    lists: lists.map((l) => ({ id: l.id, name: l.name })),
    tags: tags.map((t) => ({ id: t.id, name: t.name })),
    fields: fields.map((f) => ({ id: f.id, name: f.title })),
  };
  const pools: Record<RemoteKind, Array<{ id: string; name: string }>> = {
    list: available.lists,
    tag: available.tags,
    field: available.fields,
  };
  const items: ResolutionItem[] = acNames(ac).map(({ kind, name }) => ({
    kind,
    name,
    match: pools[kind].find((o) => nameKey(o.name) === nameKey(name)) ?? null,
  }));
  return {
    ref: ac.ref,
    type: 'activecampaign',
    name: ac.name,
    account: { apiUrl: check.apiUrl, user: check.user.name },
    items,
    available,
    secretHeaders: [],
    connection,
  };
}

/** Each integration of the template, resolved against the account chosen for it. */
export async function resolveTemplate(
  invoke: Invoke,
  template: ClientTemplate,
  accountOf: (ref: string) => TemplateAccount | undefined,
): Promise<IntegrationResolution[]> {
  const out: IntegrationResolution[] = [];
  for (const integration of template.integrations) {
    if (integration.type === 'activecampaign') {
      const resolved = await resolveAc(invoke, integration, accountOf(integration.ref), ['accounts', integration.ref]);
      out.push(viewOf(resolved));
    } else {
      out.push({
        ref: integration.ref,
        type: 'webhook',
        name: integration.name,
        account: null,
        items: [],
        available: { lists: [], tags: [], fields: [] },
        secretHeaders: integration.headers.filter((h) => h.secret).map((h) => h.name),
      });
    }
  }
  return out;
}
