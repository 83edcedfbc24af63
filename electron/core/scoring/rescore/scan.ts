import type { RescoreScope } from '#contract';
import type { ScoringProfile } from '#contract/scoring-profile';
import type { Sqlite } from '../../db/connection';
import { asInput } from '../../leads/ingest';
import { normalizedFromRow, parseJson } from '../../leads/row';
import type { StoredLead } from '../../leads/store';
import { validateLead, type LeadValidation, type ValidatedLead } from '../../leads/validation';
import { scoreLead, type ScoreResult } from '../score';

/** A stored lead with its place in the walk and whether an integration has received it. */
export interface ScanRow extends StoredLead {
  rid: number;
  /** 1 when at least one of its dispatches was sent. */
  sent: number;
}

/** Where a walk goes on from: after this (received_at, rowid). */
export interface ScanCursor {
  t: number;
  rid: number;
}

export const SCAN_START: ScanCursor = { t: Number.MIN_SAFE_INTEGER, rid: 0 };

/** What scoring a client's leads needs: its active profile and the allowlist validation uses. */
export interface RescoreContext {
  profile: ScoringProfile;
  allowlist: string[];
}

export interface Rescored {
  row: ScanRow;
  scored: ScoreResult;
  /** The lead validated now: set only when it had no stored validation to score from. */
  validated: ValidatedLead | null;
  /** Whether anything stored about its score would change. */
  changed: boolean;
  wasQualified: boolean;
}

/** Keys read per turn while counting: a few milliseconds' worth. */
const COUNT_CHUNK = 5_000;

const SENT = `EXISTS (SELECT 1 FROM dispatches d WHERE d.lead_id = l.id AND d.state = 'sent')`;

/**
 * A client's real leads in arrival order, a page at a time, up to the last lead stored when the
 * walk began (leads arriving meanwhile are scored by the active profile as they arrive).
 */
export function createLeadScan(sqlite: Sqlite) {
  const last = sqlite.prepare<[string], { n: number | null }>(
    'SELECT max(rowid) AS n FROM leads WHERE client_id = ? AND is_test = 0',
  );
  const page = sqlite.prepare<[{ clientId: string; upTo: number; t: number; rid: number; limit: number }], ScanRow>(
    `SELECT l.rowid AS rid, l.*, ${SENT} AS sent FROM leads l
     WHERE l.client_id = @clientId AND l.is_test = 0 AND l.rowid <= @upTo AND (l.received_at, l.rowid) > (@t, @rid)
     ORDER BY l.received_at, l.rowid LIMIT @limit`,
  );
  // The same walk with only what counting needs; whether a lead was sent is asked only when it matters.
  const keys = sqlite.prepare<
    [{ clientId: string; upTo: number; t: number; rid: number; limit: number; unsent: number }],
    { rid: number; received_at: number; sent: number }
  >(
    `SELECT l.rowid AS rid, l.received_at, CASE WHEN @unsent = 1 THEN ${SENT} ELSE 0 END AS sent FROM leads l
     WHERE l.client_id = @clientId AND l.is_test = 0 AND l.rowid <= @upTo AND (l.received_at, l.rowid) > (@t, @rid)
     ORDER BY l.received_at, l.rowid LIMIT @limit`,
  );

  return {
    /** The rowid the walk stops at; 0 when the client has no leads. */
    upTo: (clientId: string): number => last.get(clientId)?.n ?? 0,
    /** How many leads a run in this scope would take, counted a chunk per turn of the event loop. */
    async count(clientId: string, upTo: number, scope: RescoreScope, nextTurn: () => Promise<void>): Promise<number> {
      const unsent = scope === 'unsent' ? 1 : 0;
      let after = SCAN_START;
      let n = 0;
      for (;;) {
        const rows = keys.all({ clientId, upTo, t: after.t, rid: after.rid, limit: COUNT_CHUNK, unsent });
        const end = rows[rows.length - 1];
        if (!end) return n;
        for (const row of rows) if (row.sent === 0) n++;
        after = { t: end.received_at, rid: end.rid };
        await nextTurn();
      }
    },
    page: (clientId: string, upTo: number, after: ScanCursor, limit: number): ScanRow[] =>
      page.all({ clientId, upTo, t: after.t, rid: after.rid, limit }),
  };
}

export type LeadScan = ReturnType<typeof createLeadScan>;

export function inScope(row: ScanRow, scope: RescoreScope): boolean {
  return scope === 'all' || row.sent === 0;
}

export function cursorAfter(rows: readonly ScanRow[], fallback: ScanCursor): ScanCursor {
  const end = rows[rows.length - 1];
  return end ? { t: end.received_at, rid: end.rid } : fallback;
}

/** The validation stored with a lead, when it has one whole enough to score from. */
function storedValidation(text: string | null): LeadValidation | null {
  const value = parseJson<Partial<LeadValidation> | null>(text, null);
  if (typeof value !== 'object' || value === null) return null;
  const parts = [value.name, value.email, value.phone, value.cnpj, value.state];
  return parts.every((p) => typeof p === 'object' && p !== null) ? (value as LeadValidation) : null;
}

const blockedJson = (blockedBy: readonly string[]): string | null =>
  blockedBy.length > 0 ? JSON.stringify(blockedBy) : null;

/**
 * Scores a stored lead with the profile exactly as intake does (the same `scoreLead`), from the
 * validation stored with it: the lead is validated again only when that is missing or unreadable.
 */
export function rescoreRow(row: ScanRow, ctx: RescoreContext): Rescored {
  const stored = storedValidation(row.validation);
  let validated: ValidatedLead | null = null;
  let subject: ValidatedLead;
  if (stored) subject = { validation: stored, lead: normalizedFromRow(row) };
  else subject = validated = validateLead(asInput(row), { emailAllowlist: ctx.allowlist });
  const scored = scoreLead(subject, ctx.profile);
  const wasQualified = row.qualified === 1;
  const changed =
    validated !== null ||
    row.score !== scored.score ||
    row.score_range !== scored.range ||
    wasQualified !== scored.qualified ||
    row.reasons !== JSON.stringify(scored.reasons) ||
    row.blocked_by !== blockedJson(scored.blockedBy);
  return { row, scored, validated, changed, wasQualified };
}
