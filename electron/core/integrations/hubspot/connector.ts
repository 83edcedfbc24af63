import {
  ConnectorError,
  GUIDE_RETRY_SCHEDULE,
  outcome,
  type Connector,
  type RateLimitPolicy,
  type SendContext,
} from '../connector';
import { parseBundle } from '../oauth/bundle';
import { sharedOAuthTokens } from '../oauth/router';
import type { OAuthTokenSource } from '../oauth/tokens';
import { createHubspotApi, type HubspotApi } from './api-client';
import { oauthAuth, privateAppAuth, type HubspotAuth } from './auth';
import { hubspotConfigSchema, type HubspotConfig } from './config';
import { existingIdOf, hubspotDetails } from './errors';
import { companyToAssociate, contactProperties } from './properties';
import { sharedHubspotRateState, type HubspotRateState } from './rate-state';
import { TEST_CONTACT_PROPERTY, testMarkerStep } from './test-marker';
import { portalKey } from './url';
import { companyWanted, testCompanySkipped } from '../shared/test-lead-options';

/**
 * HubSpot's smallest plans allow 100 requests per 10 s per portal (docs/crm/hubspot.md §7: read the headers,
 * do not hard-code the plan). Nine a second stays under that whatever the plan; the headers and
 * 429s take care of other apps sharing the portal.
 */
export const HUBSPOT_RATE_LIMIT: RateLimitPolicy = { perSecond: 9, burst: 3 };

/** The integration's one credential: a private app token, or the OAuth bundle from the vault. */
export const HUBSPOT_SECRET = 'apiKey';

export interface ContactStep {
  id: string;
  created: boolean;
}

export interface CompanyStep {
  contact: string;
  company: string;
  outcome: 'created' | 'associated';
}

export function authFor(config: HubspotConfig, secret: string, tokens: OAuthTokenSource): HubspotAuth {
  if (config.auth === 'token') return privateAppAuth(secret);
  const bundle = parseBundle(secret);
  if (!bundle || bundle.provider !== 'hubspot') {
    throw new ConnectorError('auth', 'The HubSpot connection is not stored correctly. Connect the account again.', {
      details: { reason: 'oauth_reconnect' },
    });
  }
  return oauthAuth(tokens, bundle.id, bundle.tokenUrl);
}

function checkpoint(ctx: SendContext<HubspotConfig>): void {
  if (ctx.signal.aborted) {
    throw new ConnectorError('transient', 'The send was interrupted; the next attempt resumes where it stopped.');
  }
}

/**
 * The upsert by e-mail. A 409 carries the existing contact's id in its message only (docs/crm/hubspot.md §2);
 * that contact is then updated by id, so a race with another writer still ends in one contact.
 */
async function contactStep(ctx: SendContext<HubspotConfig>, api: HubspotApi): Promise<ContactStep> {
  const done = ctx.steps.get<ContactStep | null>('contact');
  if (done) return done;
  const email = ctx.lead.email.trim();
  const properties = contactProperties(ctx.config, ctx.lead);
  const marked = ctx.lead.isTest && (await testMarkerStep(ctx, api));
  if (marked) {
    checkpoint(ctx);
    properties[TEST_CONTACT_PROPERTY.name] = 'true';
  }
  let step: ContactStep;
  try {
    step = await api.upsertContact(email, properties);
  } catch (err) {
    const existing = err instanceof ConnectorError && err.status === 409 ? hubspotDetails(err) : undefined;
    const id = existing ? existingIdOf(existing) : null;
    if (id === null) throw err;
    ctx.note(`HubSpot answered that ${email} already exists (id ${id}); that contact was updated.`);
    step = await api.updateContact(id, properties);
  }
  ctx.steps.set('contact', step);
  if (marked) {
    ctx.note(
      `Test lead: the contact ${email} has "${TEST_CONTACT_PROPERTY.label}" checked; filter HubSpot's contacts on ` +
        'that property to find test contacts and delete them when you are done.',
    );
  } else if (ctx.lead.isTest) {
    ctx.note(`Test lead: delete the contact ${email} in HubSpot when you are done.`);
  }
  return step;
}

async function companyStep(ctx: SendContext<HubspotConfig>, api: HubspotApi, contactId: string): Promise<void> {
  const name = companyToAssociate(ctx.config, ctx.lead);
  if (name === null || ctx.steps.get<CompanyStep>('company')?.contact === contactId) return;
  if (!companyWanted(ctx)) {
    ctx.note(testCompanySkipped(name, 'company', 'HubSpot'));
    return;
  }
  checkpoint(ctx);
  const found = await api.findCompanyByName(name);
  let step: CompanyStep;
  if (found === null) {
    const company = await api.createCompany(name, contactId);
    ctx.note(
      `Company "${name}" did not exist in HubSpot; it ${outcome(ctx, 'created')} and associated with the contact.`,
    );
    step = { contact: contactId, company, outcome: 'created' };
  } else {
    await api.associateCompany(contactId, found, name);
    step = { contact: contactId, company: found, outcome: 'associated' };
  }
  ctx.steps.set('company', step);
}

/**
 * One lead → contact upsert, then (when mapped) the company association. Each confirmed step is
 * kept in `ctx.steps`, so a retry after a failure or a rate limit resumes after it.
 */
export function createHubspotConnector(
  deps: { tokens?: OAuthTokenSource; rate?: HubspotRateState; now?: () => number } = {},
): Connector<HubspotConfig> {
  const tokens = deps.tokens ?? sharedOAuthTokens;
  const rate = deps.rate ?? sharedHubspotRateState;
  // The engine's clock; the process-wide connector runs on real time, like the engine it serves.
  const now = deps.now ?? Date.now;
  return {
    type: 'hubspot',
    configSchema: hubspotConfigSchema,
    rateLimitKey: (config) => portalKey(config.apiUrl, config.portalId),
    rateLimit: HUBSPOT_RATE_LIMIT,
    retrySchedule: GUIDE_RETRY_SCHEDULE,
    async send(ctx) {
      const api = createHubspotApi({
        http: ctx.http,
        apiUrl: ctx.config.apiUrl,
        auth: authFor(ctx.config, ctx.secret(HUBSPOT_SECRET), tokens),
        rate: { state: rate, key: portalKey(ctx.config.apiUrl, ctx.config.portalId) },
        now,
        onRenewed: () => ctx.note('HubSpot refused the access token; it was renewed and the call repeated.'),
      });
      const contact = await contactStep(ctx, api);
      await companyStep(ctx, api, contact.id);
      return { remoteId: contact.id };
    },
  };
}

export const hubspotConnector: Connector<HubspotConfig> = createHubspotConnector();
