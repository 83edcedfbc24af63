import type { Sqlite } from '../db/connection';
import type { DispatchLead } from '../integrations/connector';
import type { FilterSubject } from './filters/facts';

interface LeadRow {
  id: string;
  client_id: string;
  full_name: string;
  email: string;
  phone: string | null;
  phone_e164: string | null;
  company: string | null;
  cnpj: string | null;
  job_title: string | null;
  city: string | null;
  state: string | null;
  source: string | null;
  utm: string | null;
  custom: string | null;
  score: number | null;
  score_range: string | null;
  qualified: number;
  received_at: number;
  is_test: number;
  validation: string | null;
}

function stringMap(text: string | null): Record<string, string> {
  if (!text) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = String(v);
    return out;
  } catch {
    return {};
  }
}

export function toDispatchLead(row: LeadRow): DispatchLead {
  return {
    id: row.id,
    clientId: row.client_id,
    fullName: row.full_name,
    email: row.email,
    phone: row.phone,
    phoneE164: row.phone_e164,
    company: row.company,
    cnpj: row.cnpj,
    jobTitle: row.job_title,
    city: row.city,
    state: row.state,
    source: row.source,
    utm: stringMap(row.utm),
    custom: stringMap(row.custom),
    score: row.score,
    scoreRange: row.score_range,
    qualified: row.qualified === 1,
    receivedAt: row.received_at,
    isTest: row.is_test === 1,
  };
}

const COLUMNS = `id, client_id, full_name, email, phone, phone_e164, company, cnpj, job_title, city, state, source,
  utm, custom, score, score_range, qualified, received_at, is_test, validation`;

export interface LeadReader {
  get(id: string): DispatchLead | null;
  /** The lead with its stored validation, for filters. */
  subject(id: string): FilterSubject | null;
  /** The client's most recent real leads (test leads left out), newest first. */
  recent(clientId: string, limit: number): FilterSubject[];
}

function parseValidation(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function toSubject(row: LeadRow): FilterSubject {
  return { lead: toDispatchLead(row), validation: parseValidation(row.validation) };
}

export function createLeadReader(sqlite: Sqlite): LeadReader {
  const byId = sqlite.prepare<[string], LeadRow>(`SELECT ${COLUMNS} FROM leads WHERE id = ?`);
  const recent = sqlite.prepare<[string, number], LeadRow>(
    `SELECT ${COLUMNS} FROM leads WHERE client_id = ? AND is_test = 0 ORDER BY received_at DESC LIMIT ?`,
  );
  return {
    get(id) {
      const row = byId.get(id);
      return row ? toDispatchLead(row) : null;
    },
    subject(id) {
      const row = byId.get(id);
      return row ? toSubject(row) : null;
    },
    recent: (clientId, limit) => recent.all(clientId, limit).map(toSubject),
  };
}
