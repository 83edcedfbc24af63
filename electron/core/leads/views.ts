import type { LeadEmailKind, LeadOrigin, LeadRow, LeadValidationView, ScoreReasonView } from '#contract';
import { leadEmailKinds, leadOrigins } from '#contract/lead-kinds';
import type { ScoringRule } from '#contract/scoring-profile';
import type { ScoreReason } from '../scoring/score';
import { formatCnpj } from './validation/cnpj';
import { nationalFormat } from './validation/phone';
import type { LeadValidation } from './validation';

/** The `email_kind` column: what the Leads page filters on. */
export function emailKindOf(validation: LeadValidation): LeadEmailKind {
  const { email } = validation;
  if (email.status === 'missing') return 'missing';
  if (email.status === 'invalid' || email.kind === null) return 'invalid';
  return email.kind;
}

/** The renderer's view of a stored validation; tolerant of JSON written by an older version. */
export function validationView(validation: LeadValidation | null): LeadValidationView | null {
  if (!validation) return null;
  const { name, email, phone, cnpj, state } = validation;
  return {
    name: { status: name.status, flags: [...name.flags] },
    email: {
      status: email.status,
      kind: email.kind,
      allowlisted: email.allowlisted === true,
      suggestion: email.suggestion ?? null,
      typoOf: email.typoOf ?? null,
      mx: email.mx ?? null,
    },
    phone: {
      status: phone.status,
      type: phone.type,
      e164: phone.e164,
      national: nationalFormat(phone.e164),
      flags: [...phone.flags],
      suggestion: phone.suggestion ?? null,
    },
    cnpj: { status: cnpj.status, kind: cnpj.kind, formatted: cnpj.formatted },
    state: { status: state.status, uf: state.uf },
    issues: validation.issues.map((i) => ({ ...i })),
  };
}

/** Reasons with the labels of the rules that gave them, when the profile still has those rules. */
export function reasonViews(reasons: readonly ScoreReason[] | null, rules: readonly ScoringRule[]): ScoreReasonView[] {
  const labels = new Map(rules.map((r) => [r.id, r.label]));
  return (reasons ?? []).map((r) => {
    const view: ScoreReasonView = { rule: r.rule, kind: r.kind, points: r.points };
    if (r.detail !== undefined) view.detail = r.detail;
    const label = labels.get(r.rule);
    if (label) view.label = label;
    return view;
  });
}

export interface LeadSqlRow {
  id: string;
  client_id: string;
  full_name: string;
  email: string;
  phone: string | null;
  company: string | null;
  score: number | null;
  score_range: string | null;
  qualified: number;
  email_kind: string | null;
  issue_count: number;
  origin: string;
  received_at: number;
}

const isOrigin = (v: string): v is LeadOrigin => (leadOrigins as readonly string[]).includes(v);
const isKind = (v: string | null): v is LeadEmailKind =>
  v !== null && (leadEmailKinds as readonly string[]).includes(v);

export function toLeadRow(row: LeadSqlRow): LeadRow {
  return {
    id: row.id,
    clientId: row.client_id,
    fullName: row.full_name,
    email: row.email,
    phone: row.phone,
    company: row.company,
    score: row.score,
    scoreRange: row.score_range,
    qualified: row.qualified === 1,
    emailKind: isKind(row.email_kind) ? row.email_kind : null,
    issueCount: row.issue_count,
    origin: isOrigin(row.origin) ? row.origin : 'manual',
    receivedAt: row.received_at,
  };
}

export function cnpjDisplay(cnpj: string | null): string | null {
  if (cnpj === null) return null;
  return /^[0-9A-Z]{12}[0-9]{2}$/.test(cnpj) ? formatCnpj(cnpj) : cnpj;
}
