import type { LeadEmailKind } from '#contract';
import type { LeadInput } from '#contract/lead-input';
import type { CsvRowIssue } from '../csv';
import type { PreparedLead } from '../prepare';
import type { ValidationIssue } from '../validation';
import type { PreparedBatch, PreparedRow } from './batches';

/**
 * A prepared row as it crosses from the worker thread: one flat array of strings and numbers.
 * Copying between threads costs per object and per property name, and a hundred thousand leads
 * of nested objects took the main thread seconds to receive; flat arrays take a fraction of that.
 * The rarely present parts (problems, the input kept for "update") travel as JSON, '' when absent.
 */
type WireRow = [
  row: number,
  line: number,
  csvIssues: string,
  input: string,
  fullName: string,
  email: string,
  emailKey: string,
  phone: string | null,
  phoneE164: string | null,
  company: string | null,
  cnpj: string | null,
  jobTitle: string | null,
  city: string | null,
  state: string | null,
  source: string | null,
  utm: string,
  custom: string,
  identity: string | null,
  issues: string,
  emailDomain: string | null,
  emailKind: LeadEmailKind,
  validation: string,
  score: number | null,
  range: string | null,
  /** 1 or 0; -1 when the client had no profile to score with. */
  qualified: number,
  blockedBy: string,
  reasons: string | null,
];

export type WireBatch = PreparedBatch<WireRow>;

const json = (list: readonly unknown[]): string => (list.length === 0 ? '' : JSON.stringify(list));
const list = <T>(text: string): T[] => (text === '' ? [] : (JSON.parse(text) as T[]));

/** A prepared row as it crosses; `withInputs`: keep its input (only "update" merges it into a stored lead). */
export function encodeRow({ row, line, issues, lead: p }: PreparedRow, withInputs: boolean): WireRow {
  const l = p.lead;
  const s = p.scored;
  return [
    row, line, json(issues), withInputs && p.input ? JSON.stringify(p.input) : '', l.fullName, l.email,
    l.emailKey, l.phone, l.phoneE164, l.company, l.cnpj, l.jobTitle, l.city, l.state, l.source,
    JSON.stringify(l.utm), JSON.stringify(l.custom), p.identity, json(p.issues), p.emailDomain, p.emailKind,
    p.validationJson, s ? s.score : null, s ? s.range : null, s ? (s.qualified ? 1 : 0) : -1,
    s ? json(s.blockedBy) : '', s ? s.reasonsJson : null,
  ]; // prettier-ignore
}

export function decodeBatch(wire: WireBatch): PreparedBatch {
  const rows = wire.rows.map((w) => {
    // prettier-ignore
    const [row, line, csvIssues, input, fullName, email, emailKey, phone, phoneE164, company, cnpj, jobTitle, city,
      state, source, utm, custom, identity, issues, emailDomain, emailKind, validation, score, range, qualified,
      blockedBy, reasons] = w;
    const lead: PreparedLead = {
      input: input === '' ? null : (JSON.parse(input) as LeadInput),
      lead: {
        fullName, email, emailKey, phone, phoneE164, company, cnpj, jobTitle, city, state, source,
        utm: JSON.parse(utm) as Record<string, string>,
        custom: JSON.parse(custom) as Record<string, string>,
      }, // prettier-ignore
      identity,
      issues: list<ValidationIssue>(issues),
      emailDomain,
      emailKind,
      validationJson: validation,
      scored:
        qualified === -1
          ? null
          : {
              score: score ?? 0,
              range: range ?? '',
              qualified: qualified === 1,
              blockedBy: list<string>(blockedBy),
              reasonsJson: reasons ?? '[]',
            },
    };
    return { row, line, issues: list<CsvRowIssue>(csvIssues), lead };
  });
  return { rows, refused: wire.refused, bytesRead: wire.bytesRead, times: wire.times };
}
