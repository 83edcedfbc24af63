import type { ClientReport, DeliveryCounts } from '#contract/report';
import { csvLine } from '../lib/csv-writer';

/**
 * The CSV's words in English, keyed as the renderer sends them translated. Coded values have
 * prefixed keys (`origin.csv`, `blocker.invalidPhone`, `kind.disposableEmail`, `range.high`); a
 * code without a word is written as it is.
 */
export const REPORT_CSV_TEXT: Readonly<Record<string, string>> = {
  title: 'Client report',
  client: 'Client',
  period: 'Period',
  timeZone: 'Time zone',
  generated: 'Generated',
  total: 'Total',
  leads: 'Leads',
  qualified: 'Qualified',
  notQualified: 'Not qualified',
  'section.origin': 'Leads received, by how they arrived',
  'section.source': 'Leads received, by source',
  'section.daily': 'Leads received, per day',
  'section.notQualified': 'Not qualified, why',
  'section.detractors': 'Not qualified, what lowered their score',
  'section.ranges': 'Qualified, by score range',
  'section.delivery': 'Delivery per integration',
  'section.errors': 'Open errors',
  noSource: '(no source)',
  otherSources: 'Other sources ({n})',
  day: 'Day',
  reason: 'Reason',
  rule: 'Rule',
  range: 'Score range',
  noRange: '(no range)',
  'reason.blocked': 'Refused for bad data',
  'reason.belowThreshold': 'Score below the threshold',
  'reason.belowThresholdOf': 'Score below {n}',
  'reason.notScored': 'Not scored (no active scoring profile)',
  integration: 'Integration',
  deleted: '{name} (deleted)',
  sent: 'Sent',
  error: 'Error',
  waiting: 'Waiting',
  skipped: 'Skipped by filters',
  cancelled: 'Cancelled',
  medianSeconds: 'Median time to delivery (s)',
  p90Seconds: '90th percentile time to delivery (s)',
  time: 'Last attempt',
  lead: 'Lead',
  email: 'E-mail',
  status: 'HTTP status',
  message: 'Message',
  'origin.csv': 'CSV import',
  'origin.manual': 'Added by hand',
  'origin.api': 'Intake API',
  'origin.test': 'Test lead',
  'blocker.invalidEmail': 'Invalid e-mail',
  'blocker.emailTypo': 'Probable e-mail typo',
  'blocker.invalidPhone': 'Invalid phone',
  'blocker.invalidCnpj': 'Invalid CNPJ',
  'kind.invalidCnpj': 'Invalid CNPJ',
  'kind.freeEmail': 'Free e-mail',
  'kind.emailTypo': 'Probable e-mail typo',
  'kind.disposableEmail': 'Disposable e-mail',
  'kind.invalidEmail': 'Invalid e-mail',
  'kind.emailWithoutMx': 'E-mail domain does not receive mail',
  'kind.invalidPhone': 'Invalid phone',
  'kind.foreignPhone': 'Phone from another country',
  'kind.missingEmail': 'No e-mail',
  'kind.missingPhone': 'No phone',
  'kind.missingCompany': 'No company',
  'kind.missingName': 'No name',
  'kind.suspiciousName': 'Suspicious name',
  'range.high': 'High',
  'range.medium': 'Medium',
  'range.low': 'Low',
};

export type CsvText = (key: string, fallback?: string) => string;

/** Looks a word up in the user's labels, then in English, then writes the fallback (a code). */
export function csvText(labels: Readonly<Record<string, string>> | undefined): CsvText {
  return (key, fallback) => labels?.[key] ?? REPORT_CSV_TEXT[key] ?? fallback ?? key;
}

const seconds = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 1000));

function deliveryCells(c: DeliveryCounts): Array<number | null> {
  return [c.leads, c.sent, c.error, c.waiting, c.skipped, c.cancelled, seconds(c.medianMs), seconds(c.p90Ms)];
}

/**
 * Everything but the open errors' rows: one block per section, each with its column titles, a blank
 * line between blocks (Excel shows them as tables one under another).
 */
export function summaryCsv(r: ClientReport, text: CsvText, time: (ms: number) => string): string {
  const lines: string[] = [];
  const block = (rows: Array<ReadonlyArray<string | number | null>>) => {
    lines.push(...rows.map(csvLine), csvLine([]));
  };
  const split = (label: string, s: { total: number; qualified: number }) => [
    label,
    s.total,
    s.qualified,
    s.total - s.qualified,
  ];
  const splitHead = (title: string) => [title, text('leads'), text('qualified'), text('notQualified')];
  const rangeName = (name: string | null) => (name === null ? text('noRange') : text(`range.${name}`, name));

  block([
    [text('title')],
    [text('client'), r.clientName],
    [text('period'), r.firstDay, r.lastDay],
    [text('timeZone'), r.timeZone],
    [text('generated'), time(r.generatedAt)],
  ]);
  block([
    splitHead(text('section.origin')),
    ...r.received.byOrigin.map((o) => split(text(`origin.${o.origin}`, o.origin), o)),
    split(text('total'), r.received),
  ]);
  const others = r.received.otherSources;
  block([
    splitHead(text('section.source')),
    ...r.received.bySource.map((s) => split(s.source ?? text('noSource'), s)),
    ...(others.sources > 0 ? [split(text('otherSources').replace('{n}', String(others.sources)), others)] : []),
  ]);
  block([splitHead(text('section.daily')), ...r.received.daily.map((d) => split(d.date, d))]);

  const nq = r.notQualified;
  const below =
    nq.qualifyAt === null
      ? text('reason.belowThreshold')
      : text('reason.belowThresholdOf').replace('{n}', String(nq.qualifyAt));
  block([
    [text('section.notQualified'), text('leads')],
    ...nq.blockers.map((b) => [text(`blocker.${b.reason}`, b.reason), b.count]),
    [below, nq.belowThreshold],
    ...(nq.notScored > 0 ? [[text('reason.notScored'), nq.notScored]] : []),
    [text('total'), nq.total],
  ]);
  if (nq.detractors.length > 0) {
    block([
      [text('section.detractors'), text('leads')],
      ...nq.detractors.map((d) => [d.label ?? text(`kind.${d.kind}`, d.kind), d.count]),
    ]);
  }
  block([
    [text('section.ranges'), text('leads')],
    ...r.qualified.byRange.map((g) => [rangeName(g.range), g.count]),
    [text('total'), r.qualified.total],
  ]);
  const deliveryHead = [
    text('section.delivery'),
    text('leads'),
    text('sent'),
    text('error'),
    text('waiting'),
    text('skipped'),
    text('cancelled'),
    text('medianSeconds'),
    text('p90Seconds'),
  ];
  block([
    deliveryHead,
    ...r.delivery.integrations.map((i) => [
      i.deleted ? text('deleted').replace('{name}', i.name) : i.name,
      ...deliveryCells(i),
    ]),
    [text('total'), ...deliveryCells(r.delivery.total)],
  ]);
  lines.push(
    csvLine([text('section.errors'), r.openErrors.total]),
    csvLine([text('time'), text('lead'), text('email'), text('integration'), text('status'), text('message')]),
  );
  return lines.join('');
}

export function errorLine(e: ClientReport['openErrors']['rows'][number], time: (ms: number) => string): string {
  return csvLine([time(e.updatedAt), e.leadName, e.leadEmail, e.integrationName, e.lastStatus, e.lastError]);
}
