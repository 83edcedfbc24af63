import type { LeadDetail } from '#contract';
import { dispatchStates, type DispatchState } from '#contract/dispatch';
import { DISQUALIFIERS, type Disqualifier } from '#contract/scoring-limits';
import type { ScoringRule } from '#contract/scoring-profile';
import type { Sqlite } from '../db/connection';
import type { ScoreReason } from '../scoring/score';
import { parseJson } from './row';
import type { StoredLead } from './store';
import type { LeadValidation } from './validation';
import { cnpjDisplay, reasonViews, toLeadRow, validationView } from './views';

interface DispatchSqlRow {
  id: string;
  integration_id: string;
  integration_name: string;
  integration_type: string;
  state: string;
  attempt_count: number;
  last_status: number | null;
  last_error: string | null;
  skip_reason: string | null;
  updated_at: number;
}

const isState = (v: string): v is DispatchState => (dispatchStates as readonly string[]).includes(v);
const isDisqualifier = (v: unknown): v is Disqualifier => (DISQUALIFIERS as readonly unknown[]).includes(v);

/** The stored refusals; a lead scored before they existed has none. */
function blockersView(text: string | null): Disqualifier[] {
  const value = parseJson<unknown>(text, []);
  return Array.isArray(value) ? value.filter(isDisqualifier) : [];
}

/** A lead with its validation, its score reasons (labelled by the active profile) and its dispatches. */
export function leadDetail(sqlite: Sqlite, row: StoredLead, rules: readonly ScoringRule[]): LeadDetail {
  const dispatches = sqlite
    .prepare<[string], DispatchSqlRow>(
      `SELECT d.id, d.integration_id, i.name AS integration_name, i.type AS integration_type, d.state,
         d.attempt_count, d.last_status, d.last_error, d.skip_reason, d.updated_at
       FROM dispatches d JOIN integrations i ON i.id = d.integration_id
       WHERE d.lead_id = ? ORDER BY d.created_at DESC LIMIT 100`,
    )
    .all(row.id);
  return {
    ...toLeadRow(row),
    phoneE164: row.phone_e164,
    cnpj: row.cnpj,
    cnpjFormatted: cnpjDisplay(row.cnpj),
    jobTitle: row.job_title,
    city: row.city,
    state: row.state,
    source: row.source,
    utm: parseJson<Record<string, string>>(row.utm, {}),
    custom: parseJson<Record<string, string>>(row.custom, {}),
    validation: validationView(parseJson<LeadValidation | null>(row.validation, null)),
    reasons: reasonViews(parseJson<ScoreReason[]>(row.reasons, []), rules),
    blockedBy: blockersView(row.blocked_by),
    importId: row.import_id,
    dispatches: dispatches.map((d) => ({
      id: d.id,
      integrationId: d.integration_id,
      integrationName: d.integration_name,
      integrationType: d.integration_type,
      state: isState(d.state) ? d.state : 'pending',
      attempts: d.attempt_count,
      lastStatus: d.last_status,
      lastError: d.last_error,
      skipReason: d.skip_reason,
      updatedAt: d.updated_at,
    })),
  };
}
