/** One API call after faults: authentication, the portal's rate limit, then the route. */
import type { RawResponse } from '../activecampaign/faults';
import { badJsonBody, expired, notFound, rateLimited, unauthenticated } from './errors';
import type { OAuthServer } from './oauth-server';
import type { RateWindow } from './rate-limit';
import { associationRoute, companyRoutes, contactRoutes } from './routes-objects';
import { accountDetails, propertyRoutes } from './routes-schema';
import type { PortalState } from './state';

export interface ApiCall {
  method: string;
  path: string;
  query: URLSearchParams;
  rawBody: string;
  authorization: string | undefined;
  origin: string;
}

export interface ApiOutcome extends RawResponse {
  auth: 'token' | 'oauth' | 'none';
  rateLimited: boolean;
}

export interface ApiTarget {
  state: PortalState;
  oauth: OAuthServer;
  rate: RateWindow;
  privateTokens: readonly string[];
  clock: () => number;
}

function route(t: ApiTarget, call: ApiCall, body: unknown): RawResponse {
  const req = { method: call.method, path: call.path, query: call.query, body, origin: call.origin };
  const { path } = call;
  if (path === '/account-info/v3/details' && call.method === 'GET') return accountDetails(t.state);
  if (path === '/crm/v3/properties/contacts') return propertyRoutes(t.state, req);
  const contacts = /^\/crm\/v3\/objects\/contacts(\/.*)?$/.exec(path);
  if (contacts) return contactRoutes(t.state, req, contacts[1] ?? '');
  const companies = /^\/crm\/v3\/objects\/companies(\/.*)?$/.exec(path);
  if (companies) return companyRoutes(t.state, req, companies[1] ?? '');
  const assoc = /^\/crm\/v4\/objects\/contacts?\/(\d+)\/associations\/default\/compan(?:y|ies)\/(\d+)$/.exec(path);
  if (assoc) return associationRoute(t.state, req, assoc[1] ?? '', assoc[2] ?? '');
  return notFound(`No route for ${call.method} ${path}`);
}

export function handleApiCall(t: ApiTarget, call: ApiCall): ApiOutcome {
  // docs/crm/hubspot.md §1: private app and OAuth tokens both arrive as `Authorization: Bearer <token>`.
  const bearer = /^Bearer\s+(\S+)$/i.exec(call.authorization ?? '')?.[1];
  let auth: ApiOutcome['auth'] = 'none';
  if (bearer !== undefined && t.privateTokens.includes(bearer)) auth = 'token';
  else if (bearer !== undefined) {
    const check = t.oauth.check(bearer);
    if (check.kind === 'expired') return { ...expired(check.secondsAgo), auth: 'none', rateLimited: false };
    if (check.kind === 'valid') auth = 'oauth';
  }
  if (auth === 'none') return { ...unauthenticated(), auth, rateLimited: false };

  const verdict = t.rate.take(t.clock(), auth === 'oauth');
  if (!verdict.allowed) {
    const res = rateLimited(verdict.policy === 'DAILY' ? 'DAILY' : 'TEN_SECONDLY_ROLLING');
    return { ...res, headers: { ...res.headers, ...verdict.headers }, auth, rateLimited: true };
  }
  let body: unknown = null;
  if (call.rawBody.trim() !== '') {
    try {
      body = JSON.parse(call.rawBody) as unknown;
    } catch {
      const res = badJsonBody();
      return { ...res, headers: { ...res.headers, ...verdict.headers }, auth, rateLimited: false };
    }
  }
  const res = route(t, call, body);
  return { ...res, headers: { ...res.headers, ...verdict.headers }, auth, rateLimited: false };
}
