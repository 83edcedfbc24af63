import type { AcAccount } from './account';
import { compileRoutes, type ApiResponse } from './api';
import { badRequest, forbidden, notFound } from './errors';
import { JSON_TYPE, TOO_MANY_REQUESTS_BODY, type RawResponse } from './faults';
import { accountRoutes } from './routes-accounts';
import { contactRoutes } from './routes-contacts';
import { fieldRoutes } from './routes-fields';
import { importRoutes } from './routes-import';
import { listRoutes } from './routes-lists';
import { tagRoutes } from './routes-tags';

const matchRoute = compileRoutes([
  ...contactRoutes,
  ...tagRoutes,
  ...listRoutes,
  ...fieldRoutes,
  ...accountRoutes,
  ...importRoutes,
]);

export interface ApiCall {
  account: AcAccount;
  method: string;
  /** Below `/api/3`. */
  path: string;
  query: URLSearchParams;
  token: string | undefined;
  rawBody: string;
}

export interface ApiOutcome extends RawResponse {
  rateLimited: boolean;
  authFailed: boolean;
}

function toRaw(res: ApiResponse, extraHeaders: Record<string, string>): RawResponse {
  return {
    status: res.status,
    headers: { 'Content-Type': JSON_TYPE, ...extraHeaders, ...res.headers },
    body: JSON.stringify(res.body),
  };
}

/** AC shows `{"message":"Forbidden"}` for /fields and the `errors` form elsewhere (docs/crm/activecampaign.md §8, §11). */
function authFailure(path: string): ApiResponse {
  if (path === '/fields' || path.startsWith('/fields/')) return { status: 403, body: { message: 'Forbidden' } };
  return forbidden('The API token is missing or invalid.');
}

/**
 * Order matters and mirrors a real gateway: authenticate (403, never 401),
 * then spend rate budget (429), then parse the body (400) and route (404).
 */
export function handleApiCall(call: ApiCall): ApiOutcome {
  const { account, method, path } = call;
  const user = account.userFor(call.token);
  if (!user) return { ...toRaw(authFailure(path), {}), rateLimited: false, authFailed: true };

  const decision = account.limiter.take();
  if (!decision.allowed) {
    return {
      ...toRaw({ status: 429, body: TOO_MANY_REQUESTS_BODY }, decision.headers),
      rateLimited: true,
      authFailed: false,
    };
  }

  let body: unknown = undefined;
  if (call.rawBody.trim() !== '') {
    try {
      body = JSON.parse(call.rawBody) as unknown;
    } catch {
      return { ...toRaw(badRequest(), decision.headers), rateLimited: false, authFailed: false };
    }
  }

  const route = matchRoute(method, path);
  let res: ApiResponse;
  if (!route) {
    res = notFound(`No route matches ${method} /api/3${path}`);
  } else {
    try {
      res = route.handler({
        method,
        path,
        query: call.query,
        params: route.params,
        body,
        state: account.state,
        imports: account.imports,
        apiUrl: account.apiUrl,
        user,
      });
    } catch (err) {
      // An emulator bug must surface in the test, not hang it.
      const detail = err instanceof Error ? err.message : String(err);
      res = { status: 500, body: { errors: [{ status: 500, title: 'Emulator error', detail }] } };
    }
  }
  return { ...toRaw(res, decision.headers), rateLimited: false, authFailed: false };
}
