import type { z } from 'zod';
import type { NormalizedLead } from '../leads/validation';

/**
 * The contract between the dispatch engine and every connector (ActiveCampaign, HubSpot,
 * Pipedrive, outbound webhook). The engine owns scheduling, rate limits, recording and state;
 * a connector only turns one lead into remote calls and says how that went.
 */

import type { IntegrationType } from '#contract/integration-common';
import type { HttpClient } from '../http/types';

export type { IntegrationType };

/** How a failure is handled; see the dispatch engine for what each one does to the schedule. */
export type { ErrorClass } from '../http/types';
import type { ErrorClass } from '../http/types';

/** The lead as connectors see it: validated, scored, with display-ready values. */
export interface DispatchLead extends Omit<NormalizedLead, 'emailKey'> {
  id: string;
  clientId: string;
  score: number | null;
  /** The name of the client's score range the lead fell in (e.g. "high"). */
  scoreRange: string | null;
  qualified: boolean;
  receivedAt: number;
  isTest: boolean;
}

export type { HttpClient, HttpRequest, HttpResponse, TokenRenewal } from '../http/types';
/** What the dispatch already achieved remotely; persisted with the dispatch after every step. */
export interface StepProgress {
  get<T = unknown>(step: string): T | undefined;
  set(step: string, value: unknown): void;
}

export interface SendContext<Config> {
  dispatchId: string;
  /** 1 for the first try. */
  attempt: number;
  lead: DispatchLead;
  config: Config;
  /** Secrets resolved from the vault for this integration, by name (e.g. "apiKey"). */
  secret(name: string): string;
  http: HttpClient;
  steps: StepProgress;
  /** Things worth showing in the attempt's timeline (e.g. "contact already linked to an account"). */
  note(text: string): void;
  signal: AbortSignal;
  /** Set by the wizards' previews, where writes are recorded but never sent: notes then say what would happen. */
  preview?: boolean;
}

/** "was created" for a real send, "would be created" in a preview, where nothing is written. */
export function outcome(ctx: { preview?: boolean }, pastParticiple: string): string {
  return ctx.preview === true ? `would be ${pastParticiple}` : `was ${pastParticiple}`;
}

export interface SendResult {
  /** The remote record the lead became (contact id, person id, webhook message id...). */
  remoteId?: string;
}

export interface ConnectorErrorOptions {
  status?: number;
  /** From Retry-After or the provider's own hint. */
  retryAfterMs?: number;
  details?: unknown;
  cause?: unknown;
}

/** A classified failure: the engine maps the class to retry, wait, pause or give up. */
export class ConnectorError extends Error {
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly details?: unknown;

  constructor(
    readonly errorClass: ErrorClass,
    message: string,
    options: ConnectorErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ConnectorError';
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.details = options.details;
  }
}

export interface RateLimitPolicy {
  /** Steady requests per second allowed for one remote account. */
  perSecond: number;
  /** How many may go at once after a quiet spell. */
  burst: number;
  /**
   * The remote's own documented limit per second, when the app keeps below it on purpose (AC: 5,
   * paced at 4); shown as "the account's limit". The `RateLimit-Limit` header, when sent, wins.
   */
  remoteLimit?: number;
}

/** Delays between attempts: index 0 is the delay before attempt 2, and so on. */
export interface RetrySchedule {
  delaysMs: readonly number[];
  /** After this many failed attempts the dispatch is `error`. */
  maxAttempts: number;
}

export interface Connector<Config = unknown> {
  type: IntegrationType;
  configSchema: z.ZodType<Config>;
  /** Integrations that share this key share one rate limiter (for AC: the API host). */
  rateLimitKey(config: Config): string;
  rateLimit: RateLimitPolicy;
  retrySchedule: RetrySchedule;
  /** Sends one lead. Resolves when the lead is delivered; throws a `ConnectorError` otherwise. */
  send(ctx: SendContext<Config>): Promise<SendResult>;
  /** Many leads in one request, for backlogs (see BulkSender); absent when the CRM has no such request. */
  bulk?: BulkSender<Config>;
}

/** The guide's schedule: immediately, then after 1, 5, 15 and 30 minutes; 5 attempts in all. */
export const GUIDE_RETRY_SCHEDULE: RetrySchedule = {
  delaysMs: [60_000, 5 * 60_000, 15 * 60_000, 30 * 60_000],
  maxAttempts: 5,
};

/**
 * What a connector offers when its CRM takes many leads in one request (ActiveCampaign's bulk
 * import, docs/crm/activecampaign.md §14). The dispatch engine decides when a backlog is worth it,
 * records each request before sending it, asks for its status and settles every lead; the
 * connector only builds requests and reads answers. Failures are classified `ConnectorError`s,
 * as in `Connector.send`.
 */

export interface BulkContext<Config> {
  config: Config;
  secret(name: string): string;
  /** Rate-limited with the account's per-contact traffic, and recorded for the leads' attempts. */
  http: HttpClient;
  signal: AbortSignal;
  now(): number;
}

/** The remote took the request (it runs later), or refused named leads and queued nothing. */
export type BulkSubmitted =
  | { queued: true; remoteId: string }
  | { queued: false; message: string; refused: Array<{ index: number; reason: string }> };

/** A request still running, or its outcome: the leads that failed by key, the records made. */
export type BulkStatus =
  { done: false; status: string } | { done: true; status: string; failedKeys: string[]; succeededIds: string[] };

/**
 * Sending the same bulk request twice must add no one twice (AC's import updates contacts by
 * e-mail, adds a tag or a list only once): a request the app cannot tell was received is sent again.
 */
export interface BulkSender<Config> {
  /** How the Logs name a request and the remote, e.g. "import" and "ActiveCampaign". */
  words: { request: string; remote: string };
  /** The fewest waiting leads worth a bulk request (the remote's own advice). */
  minBatch: number;
  /** The most one request carries. */
  maxBatch: number;
  /** The remote's limit on bulk requests themselves, per account (AC: 100 a minute). */
  perMinute: number;
  /** Why this integration's leads cannot go in bulk (then they go one by one), or null. */
  unsupported(config: Config): string | null;
  /** A lead's identity remotely: one lead per key in a request (AC: the e-mail, lower-cased). */
  key(lead: DispatchLead): string;
  /**
   * Checks worth one read per account now and then rather than one per lead (AC: that the mapped
   * custom fields and lists still exist). A permanent error sends the leads one by one, where each
   * gets the precise reason.
   */
  prepare(ctx: BulkContext<Config>): Promise<void>;
  /** One lead's entry in a request, as it would be sent (also what the preview shows). */
  entry(config: Config, lead: DispatchLead): unknown;
  submit(ctx: BulkContext<Config>, leads: readonly DispatchLead[]): Promise<BulkSubmitted>;
  status(ctx: BulkContext<Config>, remoteId: string): Promise<BulkStatus>;
  /**
   * What the request cannot do for this lead and the per-contact path does after it (AC: the
   * account link with the lead's job title), or null. The lead's next send then runs only that.
   */
  followUp(config: Config, lead: DispatchLead): string | null;
}
