import { fillIssueText, issueValues } from '#contract/issue-values';
import { importReportColumns, leadExportColumns, type LeadsListQuery } from '#contract/leads';
import { writeKeysetPages, yieldToEventLoop, type ExportJobs } from '../exports';
import { CSV_BOM, csvLine, zonedTimeFormatter } from '../lib/csv-writer';
import type { Clock } from '../ports';
import type { ImportsRepository } from './imports/repository';
import { stringMap } from './row';
import type { LeadStore, StoredLead } from './store';
import { cnpjDisplay } from './views';

const BATCH = 1_000;

const LEAD_HEADINGS: Record<(typeof leadExportColumns)[number], string> = {
  receivedAt: 'Received',
  fullName: 'Name',
  email: 'E-mail',
  phone: 'Phone',
  company: 'Company',
  cnpj: 'CNPJ',
  jobTitle: 'Job title',
  city: 'City',
  state: 'State',
  source: 'Source',
  score: 'Score',
  scoreRange: 'Score range',
  qualified: 'Qualified',
  emailKind: 'E-mail kind',
  issues: 'Problems',
  origin: 'Origin',
  utm: 'UTM',
  custom: 'Custom fields',
};

const REPORT_HEADINGS: Record<(typeof importReportColumns)[number], string> = {
  row: 'Row',
  line: 'Line',
  outcome: 'Row result',
  column: 'Column',
  field: 'Field',
  severity: 'Severity',
  code: 'Code',
  message: 'Problem',
};

/** `source=google; medium=cpc`: one readable cell rather than a column per key nobody asked for. */
function pairs(text: string | null): string {
  return Object.entries(stringMap(text))
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

function stamp(time: (ms: number) => string, now: number): string {
  return time(now).slice(0, 16).replace(/[ :]/g, '-');
}

export interface LeadExportValues {
  yes: string;
  no: string;
  emailKinds: Partial<Record<string, string>>;
  origins: Partial<Record<string, string>>;
  ranges?: Partial<Record<string, string>>;
}

export interface LeadsExportDeps {
  jobs: ExportJobs;
  store: LeadStore;
  imports: ImportsRepository;
  clock: Clock;
}

/** The filtered Leads list as CSV (same format as the Logs export: Excel in pt-BR opens it in columns). */
export function startLeadsExport(
  d: LeadsExportDeps,
  input: Omit<LeadsListQuery, 'cursor' | 'limit'> & {
    timeZone: string;
    columns?: string[];
    values?: LeadExportValues;
  },
): { id: string; fileName: string; total: number } {
  const { timeZone, columns, values, ...filter } = input;
  const word = (map: Partial<Record<string, string>> | undefined, code: string | null) =>
    code === null ? null : (map?.[code] ?? code);
  const time = zonedTimeFormatter(timeZone);
  const now = d.clock.now();
  const query: LeadsListQuery = { ...filter, to: Math.min(filter.to ?? now, now), limit: BATCH };
  const total = d.store.count(query);
  const line = (r: StoredLead): string =>
    csvLine([
      time(r.received_at), r.full_name, r.email, r.phone_e164 ?? r.phone, r.company, cnpjDisplay(r.cnpj), r.job_title,
      r.city, r.state, r.source, r.score, word(values?.ranges, r.score_range), r.qualified === 1 ? (values?.yes ?? 'yes') : (values?.no ?? 'no'),
      word(values?.emailKinds, r.email_kind), r.issue_count, word(values?.origins, r.origin), pairs(r.utm), pairs(r.custom),
    ]); // prettier-ignore
  return {
    ...d.jobs.start({
      fileName: `zero-bad-leads-leads-${stamp(time, now)}.csv`,
      mime: 'text/csv;charset=utf-8',
      ext: 'csv',
      total,
      async produce(ctx) {
        await ctx.write(CSV_BOM + csvLine(columns ?? leadExportColumns.map((c) => LEAD_HEADINGS[c])));
        return writeKeysetPages(ctx, d.store.pagesOf(query), line);
      },
    }),
    total,
  };
}

/** An import's per-row report as CSV: what to fix in the file, row by row. */
export function startImportReport(
  d: LeadsExportDeps,
  input: {
    id: string;
    fileName: string;
    total: number;
    columns?: string[] | undefined;
    messages?: Partial<Record<string, string>> | undefined;
    severities?: { error: string; warning: string } | undefined;
    outcomes?: { refused: string; imported: string; skipped: string } | undefined;
  },
): { id: string; fileName: string; total: number } {
  const text = (i: { code: string; message: string }): string => {
    const template = input.messages?.[i.code.toLowerCase()];
    return template === undefined ? i.message : fillIssueText(template, issueValues(i));
  };
  const base = input.fileName
    .replace(/\.[^.]*$/, '')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .slice(0, 60);
  return {
    ...d.jobs.start({
      fileName: `${base || 'import'}-report.csv`,
      mime: 'text/csv;charset=utf-8',
      ext: 'csv',
      total: input.total,
      async produce({ signal, write, progress }) {
        await write(CSV_BOM + csvLine(input.columns ?? importReportColumns.map((c) => REPORT_HEADINGS[c])));
        let after = 0;
        let done = 0;
        for (;;) {
          if (signal.aborted) break;
          const issues = d.imports.issues(input.id, after, BATCH);
          if (issues.length === 0) break;
          // Whole rows per batch, so the next one starts after the last row written.
          const lastRow = issues[issues.length - 1]?.row ?? after;
          const page = issues.length === BATCH ? issues.filter((i) => i.row !== lastRow) : issues;
          const rows = page.length > 0 ? page : issues;
          await write(
            rows
              .map((i) =>
                csvLine([
                  i.row,
                  i.line,
                  input.outcomes?.[i.outcome] ?? i.outcome,
                  i.column ?? null,
                  i.field ?? null,
                  input.severities?.[i.severity] ?? i.severity,
                  i.code,
                  text(i),
                ]),
              )
              .join(''),
          );
          done += rows.length;
          progress(done);
          after = rows[rows.length - 1]?.row ?? lastRow;
          await yieldToEventLoop();
        }
        return done;
      },
    }),
    total: input.total,
  };
}
