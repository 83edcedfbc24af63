import { z } from 'zod';
import { dispatchErrorClasses, dispatchStates, heldReasons } from './dispatch';
import { integrationTypes } from './integrations';

/**
 * The Logs page: every dispatch of every client, newest first, paged by an opaque keyset cursor.
 * Rows are ordered by creation time (immutable) and id, so a dispatch that changes state while
 * someone pages through the list neither moves nor is missed or repeated.
 */

export const LOGS_PAGE_MAX = 200;
export const LOGS_PAGE_DEFAULT = 100;
export const LOGS_SEARCH_MAX = 200;

/** What the renderer translates into the guide's troubleshooting advice. */
export const troubleshootingHints = [
  'auth',
  'payment',
  'rate_limited',
  'list_missing',
  'tag_characters',
  'invalid_data',
  'not_found',
  'transient',
  'offline',
] as const;
export type TroubleshootingHint = (typeof troubleshootingHints)[number];

export interface HintFacts {
  integrationType: string;
  errorClass: string | null;
  status: number | null;
  message: string | null;
}

/**
 * Maps a failure to the guide's advice. Pure and shared: the core puts it on each log row and the
 * renderer applies it to every attempt of the timeline, so both always agree.
 */
export function troubleshootingHint(f: HintFacts): TroubleshootingHint | null {
  const message = f.message ?? '';
  if (f.errorClass === 'offline') return 'offline';
  if (f.status === 402) return 'payment';
  if (f.errorClass === 'auth' || f.status === 401 || f.status === 403) return 'auth';
  if (f.errorClass === 'rate_limited' || f.status === 429) return 'rate_limited';
  if (f.errorClass === 'transient' || (f.status !== null && f.status >= 500)) return 'transient';
  if (f.errorClass === null && f.status === null) return null;
  // The connector names the step that failed; lists and tags have their own advice in the guide.
  if (/\blists?\b/i.test(message)) return 'list_missing';
  if (/\btags?\b/i.test(message)) return 'tag_characters';
  if (f.status === 404) return 'not_found';
  if (f.status === 422 || f.status === 400 || f.errorClass === 'permanent') return 'invalid_data';
  return null;
}

const uuid = z.uuid();
const epochMs = z.number().int().nonnegative();

export const logsListInputSchema = z
  .object({
    /** Absent: every client. */
    clientId: uuid.optional(),
    integrationId: uuid.optional(),
    states: z.array(z.enum(dispatchStates)).max(dispatchStates.length).optional(),
    /** Inclusive bounds on the dispatch's creation time (the same time the list is ordered by). */
    from: epochMs.optional(),
    to: epochMs.optional(),
    /** E-mail, lead name or last error message; case-insensitive for ASCII letters. */
    search: z.string().trim().max(LOGS_SEARCH_MAX).optional(),
    includeTests: z.boolean().default(true),
    limit: z.number().int().min(1).max(LOGS_PAGE_MAX).default(LOGS_PAGE_DEFAULT),
    cursor: z.string().max(500).optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    error: 'from_after_to',
    path: ['to'],
  });
export type LogsListInput = z.input<typeof logsListInputSchema>;
export type LogsListQuery = z.output<typeof logsListInputSchema>;

export const logRowSchema = z.object({
  id: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  clientId: z.string(),
  clientName: z.string(),
  integrationId: z.string(),
  integrationName: z.string(),
  integrationType: z.enum(integrationTypes),
  leadId: z.string(),
  leadName: z.string(),
  leadEmail: z.string(),
  state: z.enum(dispatchStates),
  attemptCount: z.number().int(),
  /** From the connector's retry schedule (5 for ActiveCampaign, as the guide says). */
  maxAttempts: z.number().int(),
  nextAttemptAt: z.number().int().nullable(),
  heldReason: z.enum(heldReasons).nullable(),
  skipReason: z.string().nullable(),
  lastErrorClass: z.enum(dispatchErrorClasses).nullable(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  hint: z.enum(troubleshootingHints).nullable(),
  isTest: z.boolean(),
  resendOf: z.string().nullable(),
});
export type LogRow = z.infer<typeof logRowSchema>;

export const logLeadSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  fullName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  company: z.string().nullable(),
  /** 00.000.000/0000-00 when it has 14 characters; as stored otherwise. */
  cnpj: z.string().nullable(),
  jobTitle: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  source: z.string().nullable(),
  score: z.number().int().nullable(),
  scoreRange: z.string().nullable(),
  qualified: z.boolean(),
  receivedAt: z.number().int(),
  isTest: z.boolean(),
});
export type LogLead = z.infer<typeof logLeadSchema>;

export const logsChannels = {
  'logs:list': {
    input: logsListInputSchema,
    output: z.object({ rows: z.array(logRowSchema), nextCursor: z.string().nullable() }),
  },
  'logs:lead': { input: z.object({ id: z.string().min(1).max(100) }), output: logLeadSchema },
} as const;
