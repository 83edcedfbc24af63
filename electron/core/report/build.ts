import { dispatchStates } from '#contract/dispatch';
import { integrationTypes, type IntegrationType } from '#contract/integration-common';
import { leadOrigins, type LeadOrigin } from '#contract/lead-kinds';
import {
  REPORT_ERRORS_SHOWN,
  REPORT_SOURCES_SHOWN,
  type ClientReport,
  type DeliveryCounts,
  type ReportQuery,
} from '#contract/report';
import { DISQUALIFIERS, type Disqualifier } from '#contract/scoring-limits';
import { AppError } from '../errors';
import { resolvePeriod } from './period';
import type { OpenErrorRow, ReportQueries, Scope } from './queries';

type DispatchState = (typeof dispatchStates)[number];

/** What each dispatch state counts as in the report. */
const BUCKET: Record<DispatchState, keyof Omit<DeliveryCounts, 'leads' | 'medianMs' | 'p90Ms'>> = {
  sent: 'sent',
  error: 'error',
  pending: 'waiting',
  sending: 'waiting',
  retrying: 'waiting',
  held: 'waiting',
  skipped: 'skipped',
  cancelled: 'cancelled',
};

function isMember<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

const emptyCounts = (): DeliveryCounts => ({
  leads: 0,
  sent: 0,
  error: 0,
  waiting: 0,
  skipped: 0,
  cancelled: 0,
  medianMs: null,
  p90Ms: null,
});

/** Nearest rank over sorted values: the median is the ⌈n/2⌉-th, the 90th percentile the ⌈0.9·n⌉-th. */
export function percentiles(sorted: readonly number[]): { medianMs: number | null; p90Ms: number | null } {
  const n = sorted.length;
  if (n === 0) return { medianMs: null, p90Ms: null };
  return { medianMs: sorted[Math.ceil(n / 2) - 1] ?? null, p90Ms: sorted[Math.ceil((9 * n) / 10) - 1] ?? null };
}

interface ProfileFacts {
  qualifyAt: number | null;
  ranges: Map<string, { min: number; max: number }>;
  labels: Map<string, string>;
}

/** The active profile's threshold, ranges and rule labels, read as stored (nothing is created). */
function profileFacts(queries: ReportQueries, clientId: string): ProfileFacts {
  const row = queries.activeProfile(clientId);
  const facts: ProfileFacts = { qualifyAt: row?.qualify_at ?? null, ranges: new Map(), labels: new Map() };
  if (!row) return facts;
  const parse = (text: string): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return null;
    }
  };
  const ranges = parse(row.ranges);
  if (Array.isArray(ranges)) {
    for (const r of ranges as Array<Record<string, unknown>>) {
      if (typeof r.name === 'string' && typeof r.min === 'number' && typeof r.max === 'number') {
        facts.ranges.set(r.name, { min: r.min, max: r.max });
      }
    }
  }
  const rules = parse(row.rules);
  if (Array.isArray(rules)) {
    for (const r of rules as Array<Record<string, unknown>>) {
      if (typeof r.id === 'string' && typeof r.label === 'string' && r.label.trim() !== '') {
        facts.labels.set(r.id, r.label);
      }
    }
  }
  return facts;
}

export function toOpenError(r: OpenErrorRow): ClientReport['openErrors']['rows'][number] {
  return {
    dispatchId: r.id,
    leadId: r.lead_id,
    leadName: r.full_name,
    leadEmail: r.email,
    integrationId: r.integration_id,
    integrationName: r.integration_name,
    lastStatus: r.last_status,
    lastError: r.last_error,
    updatedAt: r.updated_at,
  };
}

/** The period of the query in its zone, as the statements take it. */
export function scopeOf(query: ReportQuery): { scope: Scope; days: ReturnType<typeof resolvePeriod>['days'] } {
  const period = resolvePeriod(query.period, query.timeZone);
  return { scope: { clientId: query.clientId, from: period.from, to: period.to }, days: period.days };
}

/** Counts everything the report shows, each with one SQL statement over the period's leads. */
export function buildReport(queries: ReportQueries, query: ReportQuery, now: number): ClientReport {
  const clientName = queries.clientName(query.clientId);
  if (clientName === null) throw new AppError('not_found', 'This client does not exist.');
  const { scope, days } = scopeOf(query);
  const profile = profileFacts(queries, query.clientId);

  // Received: by origin, by source, per day.
  const byOrigin = new Map<LeadOrigin, { total: number; qualified: number }>();
  for (const r of queries.byOrigin(scope)) {
    if (!isMember(leadOrigins, r.origin)) continue;
    byOrigin.set(r.origin, { total: r.total, qualified: r.qualified });
  }
  const received = { total: 0, qualified: 0 };
  for (const v of byOrigin.values()) {
    received.total += v.total;
    received.qualified += v.qualified;
  }
  const sources = queries.bySource(scope);
  const shown = sources.slice(0, REPORT_SOURCES_SHOWN);
  const rest = sources.slice(REPORT_SOURCES_SHOWN);
  const daily = days.map((d) => ({ day: d.start, date: d.date, total: 0, qualified: 0 }));
  for (const r of queries.daily(
    scope,
    days.map((d) => [d.start, d.end] as const),
  )) {
    const bucket = daily[r.i];
    if (bucket) Object.assign(bucket, { total: r.total, qualified: r.qualified });
  }

  // Not qualified, and why.
  const nq = queries.notQualified(scope);
  const blockers = queries
    .blockers(scope)
    .filter((r): r is { reason: Disqualifier; n: number } => isMember(DISQUALIFIERS, r.reason))
    .map((r) => ({ reason: r.reason, count: r.n }))
    .sort((a, b) => b.count - a.count || DISQUALIFIERS.indexOf(a.reason) - DISQUALIFIERS.indexOf(b.reason));
  const detractors = queries
    .detractors(scope)
    .filter((r): r is { rule: string; kind: string; n: number } => r.rule !== null && r.kind !== null)
    .map((r) => ({ rule: r.rule, kind: r.kind, label: profile.labels.get(r.rule) ?? null, count: r.n }));

  // Qualified by range, best first: by the profile's bounds, else by the best score seen in it.
  const byRange = queries
    .ranges(scope)
    .map((r) => {
      const bounds = r.range === null ? undefined : profile.ranges.get(r.range);
      return { range: r.range, count: r.n, min: bounds?.min ?? null, max: bounds?.max ?? null, top: r.top ?? -1 };
    })
    .sort((a, b) => (b.max ?? b.top) - (a.max ?? a.top) || b.count - a.count)
    .map(({ top: _top, ...r }) => r);

  // Delivery: the latest dispatch of each pair, and the time to the first one sent.
  const perIntegration = new Map<string, DeliveryCounts>();
  const total = emptyCounts();
  const countsOf = (id: string): DeliveryCounts => {
    let c = perIntegration.get(id);
    if (!c) perIntegration.set(id, (c = emptyCounts()));
    return c;
  };
  const delays = new Map<string, number[]>();
  const allDelays: number[] = [];
  for (const [integrationId, state, n, delay] of queries.delivery(scope)) {
    const c = countsOf(integrationId);
    if (delay !== null) {
      // Shortest first: each list stays sorted as it is filled.
      let list = delays.get(integrationId);
      if (!list) delays.set(integrationId, (list = []));
      list.push(delay);
      allDelays.push(delay);
    } else if (isMember(dispatchStates, state)) {
      c[BUCKET[state]] += n;
      c.leads += n;
      total[BUCKET[state]] += n;
      total.leads += n;
    }
  }
  for (const [id, list] of delays) Object.assign(countsOf(id), percentiles(list));
  Object.assign(total, percentiles(allDelays));
  const integrations = queries.integrations(query.clientId, [...perIntegration.keys()]).map((i) => ({
    integrationId: i.id,
    name: i.name,
    type: (isMember(integrationTypes, i.type) ? i.type : 'webhook') satisfies IntegrationType,
    deleted: i.deleted === 1,
    ...(perIntegration.get(i.id) ?? emptyCounts()),
  }));

  return {
    clientId: query.clientId,
    clientName,
    timeZone: query.timeZone,
    from: scope.from,
    to: scope.to,
    firstDay: days[0]?.date ?? '',
    lastDay: days[days.length - 1]?.date ?? '',
    generatedAt: now,
    received: {
      ...received,
      byOrigin: leadOrigins
        .filter((o) => byOrigin.has(o))
        .map((origin) => ({ origin, ...byOrigin.get(origin)! }))
        .sort((a, b) => b.total - a.total),
      bySource: shown.map((r) => ({ source: r.source, total: r.total, qualified: r.qualified })),
      otherSources: {
        sources: rest.length,
        total: rest.reduce((n, r) => n + r.total, 0),
        qualified: rest.reduce((n, r) => n + r.qualified, 0),
      },
      daily,
    },
    notQualified: {
      total: nq.total,
      blocked: nq.blocked,
      belowThreshold: nq.below,
      notScored: nq.not_scored,
      blockers,
      detractors,
      qualifyAt: profile.qualifyAt,
    },
    qualified: { total: received.qualified, byRange },
    delivery: { total, integrations },
    openErrors: { total: total.error, rows: queries.openErrors(scope, REPORT_ERRORS_SHOWN).map(toOpenError) },
  };
}
