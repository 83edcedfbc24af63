/**
 * The API URL a user pastes from ActiveCampaign (Settings → Developer), made canonical:
 * `https://<host>[/<prefix>]/api/3`. AC warns against building it from the account name (the
 * regional host varies), so the pasted host is kept as is and only the shape is fixed.
 */

import { isLoopbackHost, trimPasted } from '../shared/url';

export type ApiUrlProblem = 'empty' | 'invalid' | 'not_https' | 'app_url' | 'credentials';

export type ApiUrlResult =
  { ok: true; apiUrl: string; accountKey: string } | { ok: false; reason: ApiUrlProblem; message: string };

const WHERE =
  'Copy it from ActiveCampaign under Settings → Developer (it looks like https://your-account.api-us1.com).';

export const API_URL_MESSAGES: Record<ApiUrlProblem, string> = {
  empty: `Paste the API URL. ${WHERE}`,
  invalid: `This is not a valid API URL. ${WHERE}`,
  not_https: `The API URL must start with https://. ${WHERE}`,
  app_url:
    'This is the address of your ActiveCampaign app (…activehosted.com), not its API URL. In ActiveCampaign, ' +
    'open Settings → Developer and copy the "API URL" shown there (for example https://your-account.api-us1.com).',
  credentials: `The API URL must not contain a user name or password. ${WHERE}`,
};

function fail(reason: ApiUrlProblem): ApiUrlResult {
  return { ok: false, reason, message: API_URL_MESSAGES[reason] };
}

export function normalizeApiUrl(raw: string): ApiUrlResult {
  const text = trimPasted(raw);
  if (text === '') return fail('empty');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return fail('invalid');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('invalid');
  if (url.username !== '' || url.password !== '') return fail('credentials');
  const host = url.hostname.toLowerCase();
  if (host === '' || (!host.includes('.') && !isLoopbackHost(host))) return fail('invalid');
  if (host === 'activehosted.com' || host.endsWith('.activehosted.com')) return fail('app_url');
  if (url.protocol === 'http:' && !isLoopbackHost(host)) return fail('not_https');

  // Keep any prefix before /api/3 (proxies and emulators serve several accounts under one host);
  // drop whatever follows it, e.g. a resource path copied from a docs example.
  let path = url.pathname.replace(/\/+$/, '');
  const at = path.search(/\/api\/3(\/|$)/i);
  if (at >= 0) path = path.slice(0, at);
  const apiUrl = `${url.protocol}//${url.host}${path}/api/3`;
  return { ok: true, apiUrl, accountKey: accountKeyOf(apiUrl) };
}

/**
 * Identifies the AC account behind an API URL, for the shared rate limit and the id cache. AC
 * gives every account its own host, so this is the host; the path is kept so that several
 * accounts served under one host (the emulator) do not share a budget or ids.
 */
export function accountKeyOf(apiUrl: string): string {
  return apiUrl.toLowerCase().replace(/\/api\/3$/, '');
}
