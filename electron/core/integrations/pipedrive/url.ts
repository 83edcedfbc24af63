import { PIPEDRIVE_DEFAULT_API_URL } from '#contract/pipedrive';
import { isLoopbackHost, trimPasted } from '../shared/url';

/**
 * Pipedrive's API address (docs/crm/pipedrive.md §1): api.pipedrive.com at first, then the company's own
 * `https://{domain}.pipedrive.com`, which Pipedrive recommends "for faster requests". Plain http
 * only for this computer (a local test server). A pasted `/api/v1`, `/api/v2` or `/v1` is dropped:
 * the client adds the version per call.
 */

export type PipedriveUrlProblem = 'invalid' | 'not_https' | 'credentials';

export type PipedriveUrlResult =
  { ok: true; apiUrl: string } | { ok: false; reason: PipedriveUrlProblem; message: string };

export const PIPEDRIVE_URL_MESSAGES: Record<PipedriveUrlProblem, string> = {
  invalid: `This is not a valid API address. Pipedrive's is ${PIPEDRIVE_DEFAULT_API_URL} or https://your-company.pipedrive.com.`,
  not_https: 'The API address must start with https://.',
  credentials: 'The API address must not contain a user name or password.',
};

function fail(reason: PipedriveUrlProblem): PipedriveUrlResult {
  return { ok: false, reason, message: PIPEDRIVE_URL_MESSAGES[reason] };
}

export function normalizePipedriveApiUrl(raw: string | undefined): PipedriveUrlResult {
  const text = trimPasted(raw ?? '') || PIPEDRIVE_DEFAULT_API_URL;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  if (!URL.canParse(withScheme)) return fail('invalid');
  const url = new URL(withScheme);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('invalid');
  if (url.username !== '' || url.password !== '') return fail('credentials');
  const host = url.hostname.toLowerCase();
  if (host === '' || (!host.includes('.') && !isLoopbackHost(host))) return fail('invalid');
  if (url.protocol === 'http:' && !isLoopbackHost(host)) return fail('not_https');
  let path = url.pathname.replace(/\/+$/, '');
  const at = path.search(/\/(api\/v\d|v1)(\/|$)/i);
  if (at >= 0) path = path.slice(0, at);
  return { ok: true, apiUrl: `${url.protocol}//${url.host}${path}` };
}

/** The company's own address once `users/me` named its domain; any other address is kept. */
export function companyApiUrl(apiUrl: string, domain: string | null | undefined): string {
  if (!domain || !/^[a-z0-9][a-z0-9-]{0,62}$/i.test(domain)) return apiUrl;
  return new URL(apiUrl).hostname.toLowerCase() === new URL(PIPEDRIVE_DEFAULT_API_URL).hostname
    ? `https://${domain.toLowerCase()}.pipedrive.com`
    : apiUrl;
}

/** The company an integration's requests count against: the daily budget is per company. */
export function companyKey(apiUrl: string, companyId: string | null): string {
  return companyId !== null ? `pipedrive#${companyId}` : `${apiUrl.toLowerCase()}#unknown`;
}
