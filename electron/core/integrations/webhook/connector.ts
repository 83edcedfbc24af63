import { errorForStatus } from '../../http/classify';
import { systemClock, type Clock } from '../../ports';
import {
  ConnectorError,
  GUIDE_RETRY_SCHEDULE,
  type Connector,
  type HttpResponse,
  type RateLimitPolicy,
} from '../connector';
import { webhookConfigSchema, type WebhookConfig } from './config';
import { buildSignedRequest, toHttpRequest } from './request';

/**
 * Receivers are anyone's servers with unknown limits; a steady 10 per second per host is gentle
 * enough for a small backend and still clears a large import quickly. A 429 slows everyone down.
 */
export const WEBHOOK_RATE_LIMIT: RateLimitPolicy = { perSecond: 10, burst: 5 };

export const GONE_MESSAGE =
  'The receiver answered 410 Gone: it no longer accepts these requests. Check the URL with whoever runs ' +
  'the receiver, then activate the integration again.';

/**
 * What an answer means, following the Standard Webhooks guidance: 2xx delivered; 410 Gone stops the
 * integration (class `auth`, which the engine turns into "needs attention"); 408, 429 and 5xx are
 * worth retrying; any other status, redirects included, will not change by retrying the same request.
 */
export function webhookOutcome(res: HttpResponse, now: number): ConnectorError | null {
  const { status } = res;
  if (status >= 200 && status < 300) return null;
  if (status === 410) return new ConnectorError('auth', GONE_MESSAGE, { status, details: { reason: 'gone' } });
  if (status < 400) {
    const location = res.headers.location;
    const where = location ? ` to ${location}` : '';
    return new ConnectorError(
      'permanent',
      `The receiver answered HTTP ${status} (a redirect${where}). Redirects are not followed: enter the final URL.`,
      { status, details: { reason: 'redirect', location: location ?? null } },
    );
  }
  const error = errorForStatus(res, now) as ConnectorError;
  // A refused request (401, 403) is the receiver's verdict on this request, not on stored credentials.
  if (error.errorClass === 'auth') {
    return new ConnectorError('permanent', error.message, { status, details: error.details });
  }
  return error;
}

/**
 * The request may wait for the receiver's rate limiter after it was signed (the engine stops an
 * attempt after 5 minutes in all). A refusal of a request that left this late may be the receiver
 * rejecting an old timestamp, so it is retried with a fresh signature rather than given up.
 */
export const STALE_SIGNATURE_MS = 4 * 60_000;

function staleRefusal(error: ConnectorError, signedAt: number, now: number): ConnectorError {
  const refused = error.status === 401 || error.status === 403;
  if (error.errorClass !== 'permanent' || !refused || now - signedAt < STALE_SIGNATURE_MS) return error;
  return new ConnectorError(
    'transient',
    `${error.message} (the request waited ${Math.round((now - signedAt) / 1000)} s after it was signed; it is retried with a fresh signature)`,
    { status: error.status, details: error.details },
  );
}

/** One lead → one signed request. */
export function createWebhookConnector(deps: { clock?: Clock } = {}): Connector<WebhookConfig> {
  const clock = deps.clock ?? systemClock;
  return {
    type: 'webhook',
    configSchema: webhookConfigSchema,
    rateLimitKey: (config) => new URL(config.url).host,
    rateLimit: WEBHOOK_RATE_LIMIT,
    retrySchedule: GUIDE_RETRY_SCHEDULE,
    async send(ctx) {
      const signedAt = clock.now();
      const signed = buildSignedRequest({
        config: ctx.config,
        lead: ctx.lead,
        dispatchId: ctx.dispatchId,
        now: signedAt,
        secret: (name) => ctx.secret(name),
      });
      if (signed.signatures > 1) {
        ctx.note('Signed with the current and the previous secret (rotation grace period).');
      }
      const res = await ctx.http.request(toHttpRequest(signed, ctx.config.timeoutMs));
      const now = clock.now();
      const error = webhookOutcome(res, now);
      if (error) throw staleRefusal(error, signedAt, now);
      return { remoteId: ctx.dispatchId };
    },
  };
}

export const webhookConnector: Connector<WebhookConfig> = createWebhookConnector();
