import { ConnectorError, GUIDE_RETRY_SCHEDULE, type Connector, type RateLimitPolicy } from '../connector';
import { parseBundle } from '../oauth/bundle';
import { sharedOAuthTokens } from '../oauth/router';
import type { OAuthTokenSource } from '../oauth/tokens';
import { createPipedriveApi } from './api-client';
import { oauthAuth, personalTokenAuth, type PipedriveAuth } from './auth';
import { pipedriveConfigSchema, type PipedriveConfig } from './config';
import { sharedLabelCaches, type LabelCache } from './label-cache';
import { sharedPipedriveRateState, type PipedriveRateState } from './rate-state';
import { leadStep, organizationStep, personStep, testNoteStep } from './steps';
import { companyKey } from './url';

/**
 * Pipedrive counts a daily token budget per company and, per its older docs, a burst window per
 * token (docs/crm/pipedrive.md §8). Eight a second is well under the burst limits; the headers, 429s and
 * Retry-After take care of the budget, which other apps on the company share.
 */
export const PIPEDRIVE_RATE_LIMIT: RateLimitPolicy = { perSecond: 8, burst: 2 };

/** The integration's one credential: a personal API token, or the OAuth bundle from the vault. */
export const PIPEDRIVE_SECRET = 'apiKey';

export function authFor(config: PipedriveConfig, secret: string, tokens: OAuthTokenSource): PipedriveAuth {
  if (config.auth === 'token') return personalTokenAuth(secret);
  const bundle = parseBundle(secret);
  if (!bundle || bundle.provider !== 'pipedrive') {
    throw new ConnectorError('auth', 'The Pipedrive connection is not stored correctly. Connect the account again.', {
      details: { reason: 'oauth_reconnect' },
    });
  }
  return oauthAuth(tokens, bundle.id, bundle.tokenUrl);
}

export function rateKeyOf(config: Pick<PipedriveConfig, 'apiUrl' | 'companyId'>): string {
  return companyKey(config.apiUrl, config.companyId);
}

/**
 * One lead → organization (when mapped; for a test lead only when asked), person found by e-mail or
 * created, and a lead linked to both. A test lead's lead carries the test label, its person a note.
 */
export function createPipedriveConnector(
  deps: {
    tokens?: OAuthTokenSource;
    rate?: PipedriveRateState;
    labelsFor?: (key: string) => LabelCache;
    now?: () => number;
  } = {},
): Connector<PipedriveConfig> {
  // The engine's clock; the process-wide connector runs on real time, like the engine it serves.
  const now = deps.now ?? Date.now;
  const tokens = deps.tokens ?? sharedOAuthTokens;
  const rate = deps.rate ?? sharedPipedriveRateState;
  const labelsFor = deps.labelsFor ?? ((key: string) => sharedLabelCaches.for(key));
  return {
    type: 'pipedrive',
    configSchema: pipedriveConfigSchema,
    rateLimitKey: rateKeyOf,
    rateLimit: PIPEDRIVE_RATE_LIMIT,
    retrySchedule: GUIDE_RETRY_SCHEDULE,
    async send(ctx) {
      const key = rateKeyOf(ctx.config);
      const api = createPipedriveApi({
        http: ctx.http,
        apiUrl: ctx.config.apiUrl,
        auth: authFor(ctx.config, ctx.secret(PIPEDRIVE_SECRET), tokens),
        rate: { state: rate, key },
        now,
        onRenewed: () => ctx.note('Pipedrive refused the access token; it was renewed and the call repeated.'),
      });
      const session = { ctx, api, labels: labelsFor(key) };
      const org = await organizationStep(session);
      const person = await personStep(session, org);
      await testNoteStep(session, person);
      const lead = await leadStep(session, person, org);
      return { remoteId: lead.id };
    },
  };
}

export const pipedriveConnector: Connector<PipedriveConfig> = createPipedriveConnector();
