import type { ReportQuery } from '#contract/report';
import { yieldToEventLoop, type ExportJobs } from '../exports';
import { CSV_BOM, zonedTimeFormatter } from '../lib/csv-writer';
import { buildReport, scopeOf, toOpenError } from './build';
import { csvText, errorLine, summaryCsv } from './csv';
import type { ReportQueries } from './queries';

const ERRORS_BATCH = 1_000;

/** `Acme Dental` → `acme-dental`: the client's name as a file name will hold it on every system. */
function slug(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'client'
  );
}

/**
 * The report as CSV: its sections as blocks, then every open error, written in pages through the
 * export jobs (the renderer downloads it like the Logs and Leads exports).
 */
export function startReportExport(
  d: { jobs: ExportJobs; queries: ReportQueries; now: () => number },
  input: ReportQuery & { labels?: Record<string, string> | undefined },
): { id: string; fileName: string; total: number } {
  const { labels, ...query } = input;
  const report = buildReport(d.queries, query, d.now());
  const text = csvText(labels);
  const time = zonedTimeFormatter(query.timeZone);
  const { scope } = scopeOf(query);
  const period = query.period.kind === 'month' ? query.period.month : `${report.firstDay}_${report.lastDay}`;
  const summary = summaryCsv(report, text, time);
  // Rows as the user counts them in the sheet: the summary's lines (blank ones included) and each error.
  const summaryLines = summary.split('\r\n').length - 1;
  const total = summaryLines + report.openErrors.total;
  return {
    ...d.jobs.start({
      fileName: `zero-bad-leads-report-${slug(report.clientName)}-${period}.csv`,
      mime: 'text/csv;charset=utf-8',
      ext: 'csv',
      total,
      async produce(ctx) {
        await ctx.write(CSV_BOM + summary);
        let after: { t: number; rid: number } | null = null;
        let done = summaryLines;
        ctx.progress(done);
        for (;;) {
          if (ctx.signal.aborted) break;
          const rows = d.queries.openErrors(scope, ERRORS_BATCH, after);
          if (rows.length === 0) break;
          await ctx.write(rows.map((r) => errorLine(toOpenError(r), time)).join(''));
          done += rows.length;
          ctx.progress(done);
          const last = rows[rows.length - 1]!;
          after = { t: last.updated_at, rid: last.rid };
          if (rows.length < ERRORS_BATCH) break;
          await yieldToEventLoop();
        }
        return done;
      },
    }),
    total,
  };
}
