import {
  auditExportColumns,
  defaultAuditVocabulary,
  defaultKindName,
  describeAudit,
  type AuditExportQuery,
  type AuditFilter,
} from '#contract';
import { writeKeysetPages, type ExportJobs } from '../exports';
import { CSV_BOM, csvLine, zonedTimeFormatter } from '../lib/csv-writer';
import type { AuditLog } from './log';

const DEFAULT_COLUMNS: Record<(typeof auditExportColumns)[number], string> = {
  time: 'Time',
  client: 'Client',
  kind: 'Change',
  subject: 'Integration or profile',
  summary: 'Summary',
};

/**
 * Starts writing a client's filtered history to a CSV file, newest first, through the export jobs.
 * Summaries are rebuilt from each row's details with the renderer's words, so the file reads as the
 * page does; they hold no secret because the rows do not.
 */
export function startAuditExport(
  deps: { audit: AuditLog; jobs: ExportJobs; clientName: (id: string) => string | null; now: () => number },
  input: AuditExportQuery,
): { id: string; fileName: string; total: number } {
  const { timeZone, labels, ...rest } = input;
  const now = deps.now();
  // Changes made after the export started are not part of it: the file is one moment's view.
  const filter: AuditFilter = { ...rest, to: Math.min(rest.to ?? now + 1, now + 1) };
  const time = zonedTimeFormatter(timeZone);
  const vocabulary = labels?.vocabulary ?? defaultAuditVocabulary;
  const header = labels?.columns ?? auditExportColumns.map((c) => DEFAULT_COLUMNS[c]);
  const client = deps.clientName(input.clientId) ?? '';
  const slug =
    client
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'client';
  const total = deps.audit.count(filter);
  const { id, fileName } = deps.jobs.start({
    fileName: `zero-bad-leads-history-${slug}-${time(now).slice(0, 16).replace(/[ :]/g, '-')}.csv`,
    mime: 'text/csv;charset=utf-8',
    ext: 'csv',
    total,
    async produce(ctx) {
      await ctx.write(CSV_BOM + csvLine(header));
      return writeKeysetPages(
        ctx,
        (cursor, limit) => deps.audit.list({ ...filter, limit, cursor }),
        (row) =>
          csvLine([
            time(row.at),
            client,
            labels?.kinds[row.kind] ?? defaultKindName(row.kind),
            row.subjectName,
            describeAudit(row, vocabulary),
          ]),
        200,
      );
    },
  });
  return { id, fileName, total };
}
