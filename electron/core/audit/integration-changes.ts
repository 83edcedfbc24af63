import type { AuditChange, DispatchFilter } from '#contract';
import type { IntegrationRow } from '../integrations/repository';
import { diffSettings } from './diff';

/**
 * Keys of a connector's stored config that are the app's own bookkeeping, not settings the user
 * chose: the vault ids of its secrets, copies of other rows, the signing secret's rotation clock.
 */
const BOOKKEEPING = new Set(['name', 'secrets', 'integrationId', 'clientName', 'rotatedAt', 'previousSecretExpiresAt']);

type FilterSettings = Record<string, string | number | boolean | string[]>;

/**
 * A dispatch filter as settings a person reads: "minimum score 60 → 70" rather than "the first
 * condition's value". A condition's op names the setting; a field condition adds its field.
 */
export function filterSettings(filter: DispatchFilter | Record<string, unknown> | null | undefined): FilterSettings {
  const out: FilterSettings = {};
  if (!filter) return out;
  const { match, conditions } = filter as Partial<DispatchFilter>;
  if (!conditions || conditions.length === 0) return out;
  // All or any matters only between two conditions or more.
  if (conditions.length > 1) out.match = match ?? 'all';
  for (const c of conditions) {
    switch (c.op) {
      case 'score_gte':
        out.minScore = c.value;
        break;
      case 'score_lte':
        out.maxScore = c.value;
        break;
      case 'score_between':
        out.scoreBetween = `${c.min}–${c.max}`;
        break;
      case 'score_range_in':
        out.scoreRanges = c.values;
        break;
      case 'qualified':
        out.qualified = c.value;
        break;
      case 'field_equals':
        out[`fieldEquals.${c.field}`] = c.value;
        break;
      case 'field_contains':
        out[`fieldContains.${c.field}`] = c.value;
        break;
      case 'field_in':
        out[`fieldIn.${c.field}`] = c.values;
        break;
      case 'field_exists':
        out[`fieldExists.${c.field}`] = true;
        break;
      case 'field_missing':
        out[`fieldMissing.${c.field}`] = true;
        break;
      case 'email_kind':
        out.emailKinds = c.kinds;
        break;
      case 'cnpj_valid':
        out.cnpjValid = c.value;
        break;
      case 'state_in':
        out.states = c.values;
        break;
    }
  }
  return out;
}

function flatDiff(prefix: string, before: FilterSettings, after: FilterSettings): AuditChange[] {
  // Filter keys carry dots of their own (`fieldEquals.utm.source`): compared flat, not as a tree.
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) =>
    diffSettings({ v: before[key] }, { v: after[key] }, { prefix: '' }).map((c) => ({
      ...c,
      field: `${prefix}.${key}`,
    })),
  );
}

/** What an edit changed in an integration: its name, its connector's settings and its filters. */
export function integrationChanges(
  before: Pick<IntegrationRow, 'name' | 'config' | 'filters'>,
  after: Pick<IntegrationRow, 'name' | 'config' | 'filters'>,
): AuditChange[] {
  const changes: AuditChange[] = [];
  if (before.name !== after.name) changes.push({ type: 'set', field: 'name', from: before.name, to: after.name });
  changes.push(...diffSettings(before.config, after.config, { skip: BOOKKEEPING }));
  changes.push(...flatDiff('filters', filterSettings(before.filters), filterSettings(after.filters)));
  return changes;
}
