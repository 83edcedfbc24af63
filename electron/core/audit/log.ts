import {
  auditDetailsSchema,
  auditKinds,
  describeAudit,
  type AuditDetails,
  type AuditDetailsInput,
  type AuditEntry,
  type AuditFilter,
  type AuditKind,
  type AuditListQuery,
} from '#contract';
import type { Sqlite } from '../db/connection';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import { timeOrderedUuid } from '../lib/ids';
import { Redactor } from '../lib/redact';
import type { Clock, Log } from '../ports';
import type { Vault } from '../vault/vault';

/** What a change hands the history; `summary` defaults to the English sentence built from the rest. */
export interface AuditRecordInput {
  clientId: string;
  kind: AuditKind;
  /** The integration or scoring profile changed (none for the client itself or its lead settings). */
  subjectId?: string | null;
  subjectName?: string | null;
  details?: AuditDetailsInput;
  summary?: string;
  /** Secrets the caller holds in the clear for this change (a typed key): masked wherever they appear. */
  secrets?: readonly string[];
}

/**
 * The history of changes. `record` is synchronous and writes on the same connection as the change:
 * called inside the change's transaction, the row lands or rolls back with it.
 */
export interface AuditLog {
  record(input: AuditRecordInput): AuditEntry;
  list(query: AuditListQuery): { rows: AuditEntry[]; nextCursor: string | null };
  count(filter: AuditFilter): number;
}

interface Row {
  id: string;
  client_id: string;
  at: number;
  kind: string;
  subject_id: string | null;
  subject_name: string | null;
  summary: string;
  details: string;
}

function isKind(kind: string): kind is AuditKind {
  return (auditKinds as readonly string[]).includes(kind);
}

/** A row this version can show; one of a kind it does not know (written by a newer version) is left out. */
function toEntry(row: Row): AuditEntry | null {
  if (!isKind(row.kind)) return null;
  let details: AuditDetails = { changes: [] };
  try {
    details = auditDetailsSchema.parse(JSON.parse(row.details));
  } catch {
    // A row written by a newer version may carry details this one cannot read: its summary still says what changed.
  }
  return {
    id: row.id,
    clientId: row.client_id,
    at: row.at,
    kind: row.kind,
    subjectId: row.subject_id,
    subjectName: row.subject_name,
    summary: row.summary,
    details,
  };
}

const FILTER_SQL = `client_id = @clientId
  AND (@from IS NULL OR at >= @from)
  AND (@to IS NULL OR at < @to)
  AND (@kinds IS NULL OR kind IN (SELECT value FROM json_each(@kinds)))`;

function filterParams(filter: AuditFilter) {
  return {
    clientId: filter.clientId,
    from: filter.from ?? null,
    to: filter.to ?? null,
    kinds: filter.kinds && filter.kinds.length > 0 ? JSON.stringify(filter.kinds) : null,
  };
}

export function createAuditLog(deps: { sqlite: Sqlite; vault: Vault; clock: Clock; log: Log }): AuditLog {
  const { sqlite, vault, clock } = deps;
  const insert = sqlite.prepare<[Row]>(
    `INSERT INTO audit_log (id, client_id, at, kind, subject_id, subject_name, summary, details)
     VALUES (@id, @client_id, @at, @kind, @subject_id, @subject_name, @summary, @details)`,
  );
  const clientSecrets = sqlite.prepare<[string], { id: string }>('SELECT id FROM credentials WHERE client_id = ?');
  const page = sqlite.prepare<[ReturnType<typeof filterParams> & { t: number | null; id: string; limit: number }], Row>(
    `SELECT * FROM audit_log WHERE ${FILTER_SQL}
       AND (@t IS NULL OR at < @t OR (at = @t AND id < @id))
     ORDER BY at DESC, id DESC LIMIT @limit`,
  );
  const counter = sqlite.prepare<[ReturnType<typeof filterParams>], { n: number }>(
    `SELECT count(*) AS n FROM audit_log WHERE ${FILTER_SQL}`,
  );

  /**
   * Every secret the vault holds for the client, and the ones the caller typed: a key that slipped
   * into a setting's value is masked before it is written (docs/data-and-security.md).
   */
  function redactorFor(clientId: string, typed: readonly string[]): Redactor {
    const redactor = new Redactor();
    for (const secret of typed) redactor.addValue(secret);
    for (const { id } of clientSecrets.all(clientId)) {
      try {
        redactor.addValue(vault.get(id));
      } catch {
        // A secret that does not open here cannot have been typed into this change either.
      }
    }
    return redactor;
  }

  return {
    record(input) {
      const redactor = redactorFor(input.clientId, input.secrets ?? []);
      const details = auditDetailsSchema.parse(redactor.value(input.details ?? {}));
      const subjectName = input.subjectName == null ? null : redactor.text(input.subjectName);
      const at = clock.now();
      const entry: AuditEntry = {
        // Time-ordered: two changes in the same millisecond still list in the order they were made.
        id: timeOrderedUuid(at),
        clientId: input.clientId,
        at,
        kind: input.kind,
        subjectId: input.subjectId ?? null,
        subjectName,
        details,
        summary: redactor.text(input.summary ?? describeAudit({ kind: input.kind, subjectName, details })),
      };
      insert.run({
        id: entry.id,
        client_id: entry.clientId,
        at: entry.at,
        kind: entry.kind,
        subject_id: entry.subjectId,
        subject_name: entry.subjectName,
        summary: entry.summary,
        details: JSON.stringify(entry.details),
      });
      return entry;
    },

    list(query) {
      const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor);
      const rows = page.all({
        ...filterParams(query),
        t: cursor?.t ?? null,
        id: cursor?.id ?? '',
        limit: query.limit + 1,
      });
      const more = rows.length > query.limit;
      const shown = more ? rows.slice(0, query.limit) : rows;
      const last = shown.at(-1);
      return {
        rows: shown.map(toEntry).filter((e) => e !== null),
        nextCursor: more && last ? encodeCursor({ t: last.at, id: last.id }) : null,
      };
    },

    count(filter) {
      return counter.get(filterParams(filter))?.n ?? 0;
    },
  };
}
