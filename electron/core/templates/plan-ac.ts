import type { AcConfigInput } from '#contract/activecampaign';
import type { RemoteKind, ResolutionChoice, TemplateAc } from '#contract/templates';
import { nameKey } from '../integrations/activecampaign/tag-names';
import type { Invoke } from '../rpc/invoke';
import type { AcResolution } from './resolve';

/** What a template's name becomes in the target account. */
type Outcome = { action: 'use'; id: string; name: string } | { action: 'create' } | { action: 'drop' };

export interface Unresolved {
  ref: string;
  kind: RemoteKind;
  name: string;
}

export interface AcPlan {
  resolution: AcResolution;
  outcomes: Map<string, Outcome>;
}

const key = (kind: RemoteKind, name: string) => `${kind}:${nameKey(name)}`;

/**
 * Decides every name of an AC integration: found in the account, or the user's choice for a missing
 * one (create it, pick another, leave it out). What has no valid choice is returned as unresolved,
 * and the import saves nothing until that list is empty.
 */
export function planAc(
  resolution: AcResolution,
  choices: readonly ResolutionChoice[],
): { plan: AcPlan; unresolved: Unresolved[] } {
  const outcomes = new Map<string, Outcome>();
  const unresolved: Unresolved[] = [];
  const pools = {
    list: resolution.available.lists,
    tag: resolution.available.tags,
    field: resolution.available.fields,
  } as const;
  for (const item of resolution.items) {
    if (item.match) {
      outcomes.set(key(item.kind, item.name), { action: 'use', ...item.match });
      continue;
    }
    const choice = choices.find((c) => c.kind === item.kind && nameKey(c.name) === nameKey(item.name));
    const picked = choice?.action === 'pick' ? pools[item.kind].find((o) => o.id === choice.pick?.id) : undefined;
    if (!choice || (choice.action === 'pick' && !picked)) {
      unresolved.push({ ref: resolution.ref, kind: item.kind, name: item.name });
    } else if (picked) {
      outcomes.set(key(item.kind, item.name), { action: 'use', id: picked.id, name: picked.name });
    } else {
      outcomes.set(key(item.kind, item.name), { action: choice.action === 'create' ? 'create' : 'drop' });
    }
  }
  return { plan: { resolution, outcomes }, unresolved };
}

/** Makes, in the CRM account, what the user chose to create; answers the names that were made. */
export async function createMissing(invoke: Invoke, plan: AcPlan): Promise<Array<{ kind: RemoteKind; name: string }>> {
  const made: Array<{ kind: RemoteKind; name: string }> = [];
  const conn = plan.resolution.connection;
  for (const item of plan.resolution.items) {
    const k = key(item.kind, item.name);
    if (plan.outcomes.get(k)?.action !== 'create') continue;
    let ref: { id: string; name: string };
    if (item.kind === 'list') ref = (await invoke('activecampaign:createList', { ...conn, name: item.name })).list;
    else if (item.kind === 'tag') ref = (await invoke('activecampaign:createTag', { ...conn, name: item.name })).tag;
    else {
      const { field } = await invoke('activecampaign:createField', { ...conn, title: item.name, type: 'text' });
      ref = { id: field.id, name: field.title };
    }
    plan.outcomes.set(k, { action: 'use', ...ref });
    made.push({ kind: item.kind, name: item.name });
  }
  return made;
}

/** The integration's settings in the target account, once every name has an id (or was left out). */
export function acConfigOf(ac: TemplateAc, plan: AcPlan, apiUrl: string, name: string): AcConfigInput {
  const use = (kind: RemoteKind, n: string) => {
    const o = plan.outcomes.get(key(kind, n));
    return o?.action === 'use' ? o : null;
  };
  const tagName = (n: string) => use('tag', n)?.name ?? null;
  const byRange: Record<string, string> = {};
  for (const [range, tag] of Object.entries(ac.scoreTags.byRange)) {
    const resolved = ac.scoreTags.enabled ? tagName(tag) : tag;
    if (resolved !== null) byRange[range] = resolved;
  }
  return {
    apiUrl,
    name,
    fixedTags: ac.fixedTags.map(tagName).filter((t): t is string => t !== null),
    scoreTags: { enabled: ac.scoreTags.enabled, byRange },
    lists: ac.lists.flatMap((l) => {
      const o = use('list', l.name);
      return o ? [{ id: o.id, name: o.name }] : [];
    }),
    resubscribeUnsubscribed: ac.resubscribeUnsubscribed,
    mapping: {
      fullName: ac.mapping.fullName,
      phone: ac.mapping.phone,
      companyToAccount: ac.mapping.companyToAccount,
      fields: ac.mapping.fields.flatMap((f) => {
        const o = use('field', f.field.title);
        return o ? [{ source: f.source, field: { id: o.id, title: o.name } }] : [];
      }),
    },
  };
}
