import type { DispatchFilter, FilterCondition } from '#contract';

export type Op = FilterCondition['op'];
export type ConditionOf<O extends Op> = Extract<FilterCondition, { op: O }>;

export const opGroups = [
  { group: 'score', ops: ['score_gte', 'score_lte', 'score_between', 'score_range_in', 'qualified'] },
  { group: 'lead', ops: ['field_equals', 'field_contains', 'field_in', 'field_exists', 'field_missing', 'state_in'] },
  { group: 'quality', ops: ['email_kind', 'cnpj_valid'] },
] as const satisfies readonly { group: string; ops: readonly Op[] }[];

const allOps: readonly Op[] = opGroups.flatMap((g) => g.ops);

export function isOp(value: string): value is Op {
  return (allOps as readonly string[]).includes(value);
}

/** Fixed lead fields a condition can read; `utm` and `custom` need a key as well. */
export const fieldKinds = [
  'fullName',
  'email',
  'phone',
  'company',
  'cnpj',
  'jobTitle',
  'city',
  'state',
  'source',
  'utm',
  'custom',
] as const;
export type FieldKind = (typeof fieldKinds)[number];

export function splitField(field: string): { kind: FieldKind; key: string } {
  const dot = field.indexOf('.');
  const head = dot < 0 ? field : field.slice(0, dot);
  if (head === 'utm' || head === 'custom') return { kind: head, key: field.slice(dot + 1) };
  const kind = fieldKinds.find((k) => k === field);
  return { kind: kind ?? 'source', key: '' };
}

export function joinField(kind: FieldKind, key: string): string {
  return kind === 'utm' || kind === 'custom' ? `${kind}.${key}` : kind;
}

const KEY = /^[A-Za-z0-9_.-]{1,64}$/;

function fieldOf(condition: FilterCondition | undefined): string {
  return condition && 'field' in condition ? condition.field : 'source';
}

/** A new condition of this kind, keeping the field the row had when only the comparison changed. */
export function defaultCondition(op: Op, previous?: FilterCondition): FilterCondition {
  const field = fieldOf(previous);
  switch (op) {
    case 'score_gte':
      return { op, value: 70 };
    case 'score_lte':
      return { op, value: 39 };
    case 'score_between':
      return { op, min: 40, max: 69 };
    case 'score_range_in':
      return { op, values: ['high'] };
    case 'qualified':
      return { op, value: true };
    case 'field_equals':
    case 'field_contains':
      return { op, field, value: '' };
    case 'field_in':
      return { op, field, values: [] };
    case 'field_exists':
    case 'field_missing':
      return { op, field };
    case 'email_kind':
      return { op, kinds: ['corporate'] };
    case 'cnpj_valid':
      return { op, value: true };
    case 'state_in':
      return { op, values: [] };
  }
}

export type ConditionProblem = 'required' | 'min_max' | 'key';

/** Checked here (not by the core) so the user sees what is missing before anything is counted or saved. */
export function conditionProblem(c: FilterCondition): ConditionProblem | null {
  if ('field' in c) {
    const { kind, key } = splitField(c.field);
    if ((kind === 'utm' || kind === 'custom') && !KEY.test(key)) return 'key';
  }
  switch (c.op) {
    case 'score_gte':
    case 'score_lte':
      return Number.isFinite(c.value) ? null : 'required';
    case 'score_between':
      if (!Number.isFinite(c.min) || !Number.isFinite(c.max)) return 'required';
      return c.min > c.max ? 'min_max' : null;
    case 'field_contains':
      return c.value.trim() === '' ? 'required' : null;
    case 'score_range_in':
    case 'field_in':
    case 'state_in':
      return c.values.length === 0 ? 'required' : null;
    case 'email_kind':
      return c.kinds.length === 0 ? 'required' : null;
    default:
      return null;
  }
}

export function filterIsComplete(filter: DispatchFilter): boolean {
  return filter.conditions.every((c) => conditionProblem(c) === null);
}
