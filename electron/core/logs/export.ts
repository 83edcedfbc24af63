import { logExportColumns, type LogRow, type LogsExportQuery, type LogsFilter } from '#contract/logs';
import type { Sqlite } from '../db/connection';
import { writeKeysetPages, type ExportJobs } from '../exports';
import type { Clock, Log } from '../ports';
import type { Vault } from '../vault/vault';
import { CSV_BOM, csvLine, zonedTimeFormatter } from '../lib/csv-writer';
import type { LogQueries } from './queries';
import { Redactor } from '../lib/redact';

/** The most rows one page of the export reads; pages are sized by time below it. */
export const EXPORT_BATCH_ROWS = 2000;

const DEFAULT_COLUMNS: Record<(typeof logExportColumns)[number], string> = {
  time: 'Time',
  client: 'Client',
  integration: 'Integration',
  leadName: 'Lead name',
  email: 'E-mail',
  state: 'State',
  attempt: 'Attempt',
  nextAttempt: 'Next attempt',
  lastStatus: 'Last status code',
  message: 'Message',
  errorClass: 'Error class',
};

export interface LogsExportDeps {
  sqlite: Sqlite;
  queries: LogQueries;
  jobs: ExportJobs;
  vault: Vault;
  clock: Clock;
  log: Log;
  batchRows?: number;
}

/**
 * The second line of defence after the redaction attempts get when they are recorded: every
 * secret the vault holds for the clients in the export is masked in every cell, so a key that an
 * old row or a remote's error message carried still never reaches the file.
 */
function exportRedactor(deps: LogsExportDeps, clientId: string | undefined): Redactor {
  const redactor = new Redactor();
  const ids = deps.sqlite
    .prepare<[{ clientId: string | null }], { id: string }>(
      'SELECT id FROM credentials WHERE @clientId IS NULL OR client_id = @clientId',
    )
    .all({ clientId: clientId ?? null });
  for (const { id } of ids) {
    try {
      redactor.addValue(deps.vault.get(id));
    } catch (err) {
      // A secret the vault cannot open right now cannot have been written in the clear either.
      deps.log.warn('exports: a credential could not be read for redaction', { id, error: String(err) });
    }
  }
  return redactor;
}

/**
 * As the Logs list says it: a dispatch still waiting counts the attempt to come (n spent, the next
 * is n + 1), a finished one the attempts it took.
 */
export function attemptNumber(r: Pick<LogRow, 'state' | 'attemptCount' | 'maxAttempts'>): number {
  const open = r.state === 'retrying' || r.state === 'pending' || r.state === 'sending';
  return open ? Math.min(r.attemptCount + 1, r.maxAttempts) : r.attemptCount;
}

/** Starts writing the filtered Logs view to a CSV file, newest first, in keyset batches. */
export function startLogsExport(
  deps: LogsExportDeps,
  input: LogsExportQuery,
): { id: string; fileName: string; total: number } {
  const { timeZone, labels, ...rest } = input;
  const now = deps.clock.now();
  // Dispatches created after the export started are not part of it: the file is one moment's view.
  const filter: LogsFilter = { ...rest, to: Math.min(rest.to ?? now, now) };
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) filter.from = filter.to;
  const time = zonedTimeFormatter(timeZone);
  const redactor = exportRedactor(deps, filter.clientId);
  const batchRows = deps.batchRows ?? EXPORT_BATCH_ROWS;
  const header = labels?.columns ?? logExportColumns.map((c) => DEFAULT_COLUMNS[c]);
  const attemptOf = labels?.attemptOf ?? '{n} of {max}';
  const clean = (text: string | null): string | null => (text === null ? null : redactor.text(text));

  function line(r: LogRow): string {
    return csvLine([
      time(r.createdAt),
      clean(r.clientName),
      clean(r.integrationName),
      clean(r.leadName),
      clean(r.leadEmail),
      labels?.states[r.state] ?? r.state,
      // "2/5" would become a date in Excel; "2 of 5" stays text.
      attemptOf.replace('{n}', String(attemptNumber(r))).replace('{max}', String(r.maxAttempts)),
      r.nextAttemptAt === null ? null : time(r.nextAttemptAt),
      r.lastStatus,
      clean(r.lastError ?? r.skipReason),
      r.lastErrorClass,
    ]);
  }

  const total = deps.queries.countWithoutSearch(filter);
  const { id, fileName } = deps.jobs.start({
    fileName: `zero-bad-leads-logs-${time(now).slice(0, 16).replace(/[ :]/g, '-')}.csv`,
    mime: 'text/csv;charset=utf-8',
    ext: 'csv',
    total,
    async produce(ctx) {
      await ctx.write(CSV_BOM + csvLine(header.map((h) => redactor.text(h))));
      return writeKeysetPages(ctx, (cursor, limit) => deps.queries.list({ ...filter, limit, cursor }), line, batchRows);
    },
  });
  return { id, fileName, total };
}
