import { HUBSPOT_DEFAULT_API_URL } from '#contract/hubspot';
import { isLoopbackHost, trimPasted } from '../shared/url';

/**
 * HubSpot's API host: api.hubapi.com (api-eu1.hubapi.com for EU-hosted portals). Plain http only
 * for this computer (a local test server). Any path after the host is kept up to `/crm/`, so a
 * server that hosts several portals under prefixes still works.
 */

export type HubspotUrlProblem = 'invalid' | 'not_https' | 'credentials';

export type HubspotUrlResult = { ok: true; apiUrl: string } | { ok: false; reason: HubspotUrlProblem; message: string };

export const HUBSPOT_URL_MESSAGES: Record<HubspotUrlProblem, string> = {
  invalid: `This is not a valid API address. HubSpot's is ${HUBSPOT_DEFAULT_API_URL}.`,
  not_https: 'The API address must start with https://.',
  credentials: 'The API address must not contain a user name or password.',
};

function fail(reason: HubspotUrlProblem): HubspotUrlResult {
  return { ok: false, reason, message: HUBSPOT_URL_MESSAGES[reason] };
}

export function normalizeHubspotApiUrl(raw: string | undefined): HubspotUrlResult {
  const text = trimPasted(raw ?? '') || HUBSPOT_DEFAULT_API_URL;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  if (!URL.canParse(withScheme)) return fail('invalid');
  const url = new URL(withScheme);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('invalid');
  if (url.username !== '' || url.password !== '') return fail('credentials');
  const host = url.hostname.toLowerCase();
  if (host === '' || (!host.includes('.') && !isLoopbackHost(host))) return fail('invalid');
  if (url.protocol === 'http:' && !isLoopbackHost(host)) return fail('not_https');
  let path = url.pathname.replace(/\/+$/, '');
  const at = path.search(/\/(crm|account-info|oauth)(\/|$)/i);
  if (at >= 0) path = path.slice(0, at);
  return { ok: true, apiUrl: `${url.protocol}//${url.host}${path}` };
}

/** The portal an integration's requests count against: HubSpot's limits are per portal. */
export function portalKey(apiUrl: string, portalId: string | null): string {
  return `${apiUrl.toLowerCase()}#${portalId ?? 'unknown'}`;
}
