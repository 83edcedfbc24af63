import type { DispatchFilter, FilterCondition } from '#contract';
import type { DispatchLead } from '../../integrations/connector';
import { leadFacts, type FilterSubject, type LeadFacts } from './facts';
import { fieldValue, fold } from './fields';

export interface ConditionResult {
  index: number;
  passed: boolean;
  /** What the condition asks and what the lead had, e.g. `score ≥ 70 (lead: 42)`. */
  description: string;
}

export interface FilterResult {
  passed: boolean;
  results: ConditionResult[];
  /** The failing conditions, for the skipped dispatch's reason; null when the lead passed. */
  reason: string | null;
}

function show(value: string | number | null): string {
  return value === null ? 'none' : `"${String(value)}"`;
}

function list(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

function check(
  c: FilterCondition,
  lead: DispatchLead,
  facts: () => LeadFacts,
): { passed: boolean; description: string } {
  const score = lead.score;
  switch (c.op) {
    case 'score_gte':
      return {
        passed: score !== null && score >= c.value,
        description: `score ≥ ${c.value} (lead: ${score ?? 'none'})`,
      };
    case 'score_lte':
      return {
        passed: score !== null && score <= c.value,
        description: `score ≤ ${c.value} (lead: ${score ?? 'none'})`,
      };
    case 'score_between':
      return {
        passed: score !== null && score >= c.min && score <= c.max,
        description: `score between ${c.min} and ${c.max} (lead: ${score ?? 'none'})`,
      };
    case 'score_range_in': {
      const range = lead.scoreRange;
      return {
        passed: range !== null && c.values.some((v) => fold(v) === fold(range)),
        description: `score range in ${list(c.values)} (lead: ${show(range)})`,
      };
    }
    case 'qualified':
      return {
        passed: lead.qualified === c.value,
        description: `${c.value ? 'qualified' : 'not qualified'} (lead: ${lead.qualified ? 'qualified' : 'not qualified'})`,
      };
    case 'field_equals': {
      const v = fieldValue(lead, c.field);
      return {
        passed: v !== null && fold(v) === fold(c.value),
        description: `${c.field} = "${c.value}" (lead: ${show(v)})`,
      };
    }
    case 'field_contains': {
      const v = fieldValue(lead, c.field);
      return {
        passed: v !== null && fold(v).includes(fold(c.value)),
        description: `${c.field} contains "${c.value}" (lead: ${show(v)})`,
      };
    }
    case 'field_in': {
      const v = fieldValue(lead, c.field);
      return {
        passed: v !== null && c.values.some((x) => fold(x) === fold(v)),
        description: `${c.field} in ${list(c.values)} (lead: ${show(v)})`,
      };
    }
    case 'field_exists':
      return { passed: fieldValue(lead, c.field) !== null, description: `${c.field} is filled in` };
    case 'field_missing': {
      const v = fieldValue(lead, c.field);
      return { passed: v === null, description: `${c.field} is empty (lead: ${show(v)})` };
    }
    case 'email_kind': {
      const kind = facts().emailKind;
      return {
        passed: kind !== null && c.kinds.includes(kind),
        description: `e-mail is ${c.kinds.join(' or ')} (lead: ${kind ?? 'unknown'})`,
      };
    }
    case 'cnpj_valid': {
      const valid = facts().cnpjValid;
      return {
        passed: valid === c.value,
        description: `CNPJ is ${c.value ? 'valid' : 'not valid'} (lead: ${lead.cnpj ? (valid ? 'valid' : 'not valid') : 'none'})`,
      };
    }
    case 'state_in': {
      const uf = facts().uf;
      return {
        passed: uf !== null && (c.values as readonly string[]).includes(uf),
        description: `state in ${c.values.join(', ')} (lead: ${show(lead.state)})`,
      };
    }
  }
}

/**
 * Every condition is evaluated, even after the outcome is known: the skipped reason names all
 * the failing ones and the live count reports how many leads each one stops.
 */
export function evaluateFilter(filter: DispatchFilter | null, subject: FilterSubject): FilterResult {
  if (!filter || filter.conditions.length === 0) return { passed: true, results: [], reason: null };
  let known: LeadFacts | undefined;
  const facts = (): LeadFacts => (known ??= leadFacts(subject));
  const results = filter.conditions.map((c, index) => ({ index, ...check(c, subject.lead, facts) }));
  const failed = results.filter((r) => !r.passed);
  const passed = filter.match === 'all' ? failed.length === 0 : failed.length < results.length;
  if (passed) return { passed, results, reason: null };
  const names = failed.map((r) => `#${r.index + 1} ${r.description}`).join('; ');
  return { passed, results, reason: filter.match === 'all' ? `Filter: ${names}` : `Filter (none matched): ${names}` };
}
