import { FLAG_RULE_KINDS, type FlagRuleKind, type RuleKind, type ScoringRuleInput } from '#contract';

export const ruleGroups = [
  {
    group: 'email',
    kinds: [
      'corporateEmail',
      'freeEmail',
      'emailTypo',
      'disposableEmail',
      'invalidEmail',
      'emailWithoutMx',
      'missingEmail',
    ],
  },
  { group: 'phone', kinds: ['validMobile', 'validPhone', 'invalidPhone', 'foreignPhone', 'missingPhone'] },
  { group: 'company', kinds: ['validCnpj', 'invalidCnpj', 'missingCompany'] },
  { group: 'name', kinds: ['missingName', 'suspiciousName'] },
  { group: 'jobTitle', kinds: ['jobTitleKeywords'] },
  { group: 'location', kinds: ['stateIn', 'sourceEquals'] },
  { group: 'custom', kinds: ['field'] },
] as const satisfies readonly { group: string; kinds: readonly RuleKind[] }[];

export type RuleGroup = (typeof ruleGroups)[number]['group'];

export function groupOf(kind: RuleKind): RuleGroup {
  return ruleGroups.find((g) => (g.kinds as readonly RuleKind[]).includes(kind))?.group ?? 'custom';
}

export function isFlagKind(kind: RuleKind): kind is FlagRuleKind {
  return (FLAG_RULE_KINDS as readonly string[]).includes(kind);
}

/** A fact counts once: a second rule for the same flag would only double its points. */
export function canAddKind(kind: RuleKind, rules: readonly ScoringRuleInput[]): boolean {
  return !isFlagKind(kind) || !rules.some((r) => r.kind === kind);
}

/** Points a new rule starts with: a sensible sign, so the user only tunes the size. */
const startingPoints: Partial<Record<RuleKind, number>> = {
  corporateEmail: 20,
  freeEmail: 5,
  emailTypo: -10,
  disposableEmail: -40,
  invalidEmail: -20,
  emailWithoutMx: -15,
  missingEmail: -10,
  validMobile: 10,
  validPhone: 10,
  invalidPhone: -10,
  foreignPhone: 0,
  missingPhone: -10,
  validCnpj: 20,
  invalidCnpj: -10,
  missingCompany: -10,
  missingName: -10,
  suspiciousName: -15,
};

/** Ids are stable within a profile (score reasons refer to them); made from the kind, numbered if taken. */
export function newRuleId(kind: RuleKind, rules: readonly ScoringRuleInput[]): string {
  const base = kind.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const taken = new Set(rules.map((r) => r.id.toLowerCase()));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}

export function newRule(kind: RuleKind, rules: readonly ScoringRuleInput[]): ScoringRuleInput {
  const base = { id: newRuleId(kind, rules), enabled: true };
  switch (kind) {
    case 'jobTitleKeywords':
      return { ...base, kind, points: 10, keywords: [] };
    case 'stateIn':
      return { ...base, kind, points: 5, states: [] };
    case 'sourceEquals':
      return { ...base, kind, points: 5, values: [] };
    case 'field':
      return { ...base, kind, points: 5, field: 'custom.', op: 'equals', value: '' };
    default:
      return { ...base, kind, points: startingPoints[kind] ?? 0 };
  }
}

export type FieldRuleInput = Extract<ScoringRuleInput, { kind: 'field' }>;
export type FieldOp = FieldRuleInput['op'];
export const fieldOps: readonly FieldOp[] = ['equals', 'contains', 'in', 'exists', 'missing'];

/** Each operator has one shape (the schema refuses a value it would ignore). */
export function withOp(rule: FieldRuleInput, op: FieldOp): FieldRuleInput {
  const { value, values, ...rest } = rule;
  if (op === 'equals' || op === 'contains') return { ...rest, op, value: value ?? values?.[0] ?? '' };
  if (op === 'in') return { ...rest, op, values: values ?? (value ? [value] : []) };
  return { ...rest, op };
}

const allKinds: readonly string[] = ruleGroups.flatMap((g) => g.kinds);

/** Score reasons carry the kind as a plain string; older leads may name one this version lacks. */
export function isRuleKind(kind: string): kind is RuleKind {
  return allKinds.includes(kind);
}
