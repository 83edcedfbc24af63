import type { Sqlite } from '../db/connection';
import type { DispatchLead } from '../integrations/connector';
import { normalizedFromRow, parseJson, type LeadColumns } from '../leads/row';
import type { FilterSubject } from './filters/facts';

interface LeadRow extends LeadColumns {
  id: string;
  client_id: string;
  score: number | null;
  score_range: string | null;
  qualified: number;
  received_at: number;
  is_test: number;
  validation: string | null;
}

export function toDispatchLead(row: LeadRow): DispatchLead {
  const { emailKey: _emailKey, ...lead } = normalizedFromRow(row);
  return {
    ...lead,
    id: row.id,
    clientId: row.client_id,
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

function toSubject(row: LeadRow): FilterSubject {
  return { lead: toDispatchLead(row), validation: parseJson<unknown>(row.validation, null) };
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
