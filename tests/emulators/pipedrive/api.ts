/** One API call after faults: authentication, scopes, the company's limits, then the route. */
import type { RawResponse } from '../activecampaign/faults';
import { badRequest, forbiddenScope, notFound, tooManyRequests, unauthorized } from './errors';
import type { OAuthServer } from './oauth-server';
import type { RateWindow } from './rate-limit';
import { addNote, leadById, leadLabels, leads, me, personFields } from './routes-v1';
import { organizationRoutes, personRoutes, type ApiRequest } from './routes-v2';
import type { CompanyState } from './state';

export interface ApiCall {
  method: string;
  path: string;
  query: URLSearchParams;
  rawBody: string;
  authorization: string | undefined;
  apiToken: string | undefined;
}

export interface ApiOutcome extends RawResponse {
  auth: 'token' | 'oauth' | 'none';
  /** True when the caller put a token in `?api_token=` (refused by the current specs, docs/crm/pipedrive.md §2). */
  queryToken: boolean;
  rateLimited: boolean;
  cost: number;
}

export interface ApiTarget {
  state: CompanyState;
  oauth: OAuthServer;
  rate: RateWindow;
  apiTokens: readonly string[];
  clock: () => number;
}

interface Operation {
  /** docs/crm/pipedrive.md §8 `x-token-cost`; costs docs/crm/pipedrive.md does not give are marked. */
  cost: number;
  /** docs/crm/pipedrive.md §2: the OAuth scope the operation needs. */
  scope: string;
  run(t: ApiTarget, req: ApiRequest): RawResponse;
}

/** `/api/v1/…`, `/v1/…` (the spec's server) and `/api/v2/…`, as version and the rest of the path. */
function split(path: string): { version: 'v1' | 'v2'; rest: string } | null {
  const m = /^(?:\/api)?\/(v1|v2)(\/.*)$/.exec(path);
  if (!m || (m[1] === 'v2' && !path.startsWith('/api/'))) return null;
  return { version: m[1] as 'v1' | 'v2', rest: m[2] ?? '' };
}

function operation(method: string, version: 'v1' | 'v2', rest: string): Operation | null {
  const write = method !== 'GET';
  if (version === 'v1') {
    if (rest === '/users/me' && method === 'GET') return { cost: 2, scope: 'base', run: () => me() };
    if (rest === '/personFields' && method === 'GET') {
      return { cost: 20, scope: 'contacts:read', run: (t, r) => personFields(t.state, r) };
    }
    // docs/crm/pipedrive.md §6: listing and adding lead labels cost 10 tokens each.
    if (rest === '/leadLabels' && (method === 'GET' || method === 'POST')) {
      return {
        cost: 10,
        scope: write ? 'leads:full' : 'leads:read',
        run: (t, r) => leadLabels(t.state, r),
      };
    }
    if (rest === '/leads' && (method === 'GET' || method === 'POST')) {
      return { cost: 10, scope: write ? 'leads:full' : 'leads:read', run: (t, r) => leads(t.state, r) };
    }
    // docs/crm/pipedrive.md §10: 10 tokens; `contacts:full` (or `deals:full`) covers it.
    if (rest === '/notes' && method === 'POST') {
      return { cost: 10, scope: 'contacts:full', run: (t, r) => addNote(t.state, r) };
    }
    const lead = /^\/leads\/([^/]+)$/.exec(rest);
    if (lead && method === 'GET') return { cost: 2, scope: 'leads:read', run: (t) => leadById(t.state, lead[1] ?? '') };
    return null;
  }
  const persons = /^\/persons(\/.*)?$/.exec(rest);
  const orgs = /^\/organizations(\/.*)?$/.exec(rest);
  const sub = persons?.[1] ?? orgs?.[1] ?? '';
  if (!persons && !orgs) return null;
  const cost = sub === '/search' ? 20 : write ? 5 : 2;
  const scope = write ? 'contacts:full' : 'contacts:read';
  return persons
    ? { cost, scope, run: (t, r) => personRoutes(t.state, r, sub) }
    : { cost, scope, run: (t, r) => organizationRoutes(t.state, r, sub) };
}

/** `contacts:full` covers `contacts:read`, `leads:full` covers `leads:read`. */
function hasScope(scopes: readonly string[], needed: string): boolean {
  return scopes.includes(needed) || scopes.includes(needed.replace(':read', ':full'));
}

export function handleApiCall(t: ApiTarget, call: ApiCall): ApiOutcome {
  const queryToken = call.query.has('api_token');
  const base = { queryToken, rateLimited: false, cost: 0 };
  // docs/crm/pipedrive.md §2: the current specs take the token in `x-api-token` only; `?api_token=` alone is 401.
  let auth: ApiOutcome['auth'] = 'none';
  let who = '';
  let scopes: readonly string[] | null = null;
  if (call.apiToken !== undefined && t.apiTokens.includes(call.apiToken)) {
    auth = 'token';
    who = call.apiToken;
  } else {
    const bearer = /^Bearer\s+(\S+)$/i.exec(call.authorization ?? '')?.[1];
    const check = bearer === undefined ? null : t.oauth.check(bearer);
    if (check?.kind === 'valid' && bearer !== undefined) {
      auth = 'oauth';
      who = bearer;
      scopes = check.scopes;
    }
  }
  if (auth === 'none') return { ...unauthorized(), auth, ...base };

  const where = split(call.path);
  const op = where ? operation(call.method, where.version, where.rest) : null;
  if (!op) return { ...notFound(`No route for ${call.method} ${call.path}`), auth, ...base };
  if (scopes !== null && !hasScope(scopes, op.scope)) return { ...forbiddenScope(op.scope), auth, ...base };

  const verdict = t.rate.take(t.clock(), who, op.cost);
  if (!verdict.allowed) {
    const res = tooManyRequests(verdict.daily);
    return { ...res, headers: { ...res.headers, ...verdict.headers }, auth, queryToken, rateLimited: true, cost: 0 };
  }
  let body: unknown = null;
  if (call.rawBody.trim() !== '') {
    try {
      body = JSON.parse(call.rawBody) as unknown;
    } catch {
      const res = badRequest('Invalid JSON in request body');
      return { ...res, headers: { ...res.headers, ...verdict.headers }, auth, ...base, cost: op.cost };
    }
  }
  const res = op.run(t, { method: call.method, path: call.path, query: call.query, body });
  return { ...res, headers: { ...res.headers, ...verdict.headers }, auth, ...base, cost: op.cost };
}
