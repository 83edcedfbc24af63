import { z } from 'zod';
import { timeZoneSchema } from './common';
import { integrationTypes } from './integration-common';
import { leadOrigins } from './lead-kinds';
import { DISQUALIFIERS } from './scoring-limits';

/**
 * The client report: what the app did for one client over a period (a calendar month, or a range
 * of days) in the user's time zone. Leads received and where they came from, the ones not
 * qualified and why, the qualified ones by score range, delivery per integration with the time it
 * took, and the deliveries still in error. Test leads are left out, as everywhere else in counts.
 */

/** A custom range covers at most this many days (a whole leap year). */
export const REPORT_MAX_DAYS = 366;
/** Open errors listed in the report itself; the CSV lists them all. */
export const REPORT_ERRORS_SHOWN = 20;
/** Sources named one by one; the rest are summed into one line. */
export const REPORT_SOURCES_SHOWN = 12;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD`, or null when it is not a real date. */
export function dayNumber(text: string): number | null {
  const m = DAY.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / 86_400_000;
}

/** Days from `from` to `to`; null when either is not a date (that field reports it). */
function daysBetween(p: { from: string; to: string }): number | null {
  const from = dayNumber(p.from);
  const to = dayNumber(p.to);
  return from === null || to === null ? null : to - from;
}

const daySchema = z.string().refine((s) => dayNumber(s) !== null, { error: 'invalid_date' });
const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'invalid_month' });

export const reportPeriodSchema = z.discriminatedUnion('kind', [
  /** `YYYY-MM`: the calendar month, from its first midnight to the next month's. */
  z.object({ kind: z.literal('month'), month: monthSchema }),
  /** Inclusive days: from the first one's midnight to the midnight after the last. */
  z
    .object({ kind: z.literal('range'), from: daySchema, to: daySchema })
    .refine((p) => daysBetween(p) === null || daysBetween(p)! >= 0, { error: 'from_after_to', path: ['to'] })
    .refine((p) => daysBetween(p) === null || daysBetween(p)! < REPORT_MAX_DAYS, {
      error: 'range_too_long',
      path: ['to'],
    }),
]);
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

export const reportInputSchema = z.object({
  clientId: z.uuid(),
  period: reportPeriodSchema,
  /** The user's IANA zone: where the period's days start and end. */
  timeZone: timeZoneSchema,
});
export type ReportInput = z.input<typeof reportInputSchema>;
export type ReportQuery = z.output<typeof reportInputSchema>;

const count = z.number().int().nonnegative();
const epochMs = z.number().int();
const durationMs = z.number().int().nonnegative().nullable();

const splitSchema = z.object({ total: count, qualified: count });

/** Latest dispatch of each (lead, integration) pair, by what became of it. */
export const deliveryCountsSchema = z.object({
  /** Pairs: each lead counted once per integration, however many times it was resent. */
  leads: count,
  sent: count,
  error: count,
  /** Pending, being sent, retrying or held (paused integration). */
  waiting: count,
  /** Left out by the integration's filters. */
  skipped: count,
  cancelled: count,
  /** From the lead's arrival to its first successful dispatch, over the pairs sent. */
  medianMs: durationMs,
  p90Ms: durationMs,
});
export type DeliveryCounts = z.infer<typeof deliveryCountsSchema>;

export const reportSchema = z.object({
  clientId: z.string(),
  clientName: z.string(),
  timeZone: z.string(),
  /** The period's first millisecond and the first one after it. */
  from: epochMs,
  to: epochMs,
  /** `YYYY-MM-DD` of its first and last days. */
  firstDay: z.string(),
  lastDay: z.string(),
  generatedAt: epochMs,
  received: splitSchema.extend({
    byOrigin: z.array(splitSchema.extend({ origin: z.enum(leadOrigins) })),
    /** The lead's own `source` field, most frequent first; null for leads without one. */
    bySource: z.array(splitSchema.extend({ source: z.string().nullable() })),
    /** Beyond the REPORT_SOURCES_SHOWN most frequent: how many sources, and their leads. */
    otherSources: splitSchema.extend({ sources: count }),
    /** One entry per day of the period, from its local midnight. */
    daily: z.array(splitSchema.extend({ day: epochMs, date: z.string() })),
  }),
  notQualified: z.object({
    total: count,
    /** Bad data the profile refuses (counted once per lead, however many it has). */
    blocked: count,
    /** Scored, nothing refused, but under the threshold. */
    belowThreshold: count,
    /** Received while the client had no active scoring profile. */
    notScored: count,
    /** Per refusal; a lead with two counts in both. */
    blockers: z.array(z.object({ reason: z.enum(DISQUALIFIERS), count })),
    /** Rules that took points from these leads, most frequent first. */
    detractors: z.array(
      z.object({
        rule: z.string(),
        kind: z.string(),
        /** The rule's label in the active profile, when it has one. */
        label: z.string().nullable(),
        count,
      }),
    ),
    /** The active profile's threshold now; null without one. */
    qualifyAt: z.number().int().nullable(),
  }),
  qualified: z.object({
    total: count,
    /** Best range first. */
    byRange: z.array(
      z.object({
        range: z.string().nullable(),
        count,
        /** The range's bounds in the active profile; null when it no longer has that range. */
        min: z.number().int().nullable(),
        max: z.number().int().nullable(),
      }),
    ),
  }),
  delivery: z.object({
    total: deliveryCountsSchema,
    integrations: z.array(
      deliveryCountsSchema.extend({
        integrationId: z.string(),
        name: z.string(),
        type: z.enum(integrationTypes),
        deleted: z.boolean(),
      }),
    ),
  }),
  openErrors: z.object({
    /** Leads whose latest dispatch to an integration ended in error. */
    total: count,
    /** The most recent REPORT_ERRORS_SHOWN. */
    rows: z.array(
      z.object({
        dispatchId: z.string(),
        leadId: z.string(),
        leadName: z.string(),
        leadEmail: z.string(),
        integrationId: z.string(),
        integrationName: z.string(),
        lastStatus: z.number().int().nullable(),
        lastError: z.string().nullable(),
        updatedAt: epochMs,
      }),
    ),
  }),
});
export type ClientReport = z.infer<typeof reportSchema>;

/**
 * The words of the CSV, in the user's language: section titles, column titles and the names of
 * coded values (`origin.csv`, `blocker.invalidPhone`, `kind.disposableEmail`, `range.high`...).
 * The core writes English for any it is not given.
 */
export const reportCsvLabelsSchema = z
  .record(z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/), z.string().trim().min(1).max(160))
  .refine((labels) => Object.keys(labels).length <= 300, { error: 'too_many' });

export const reportChannels = {
  'report:get': { input: reportInputSchema, output: reportSchema },
  /** Writes the report as a CSV file; `exports:*` events report on it, `exports:read` fetches it. */
  'report:export': {
    input: reportInputSchema.extend({ labels: reportCsvLabelsSchema.optional() }),
    output: z.object({ id: z.string(), fileName: z.string(), total: z.number().int() }),
  },
} as const;
