// Pasting from web pages and chat apps brings non-breaking and zero-width spaces along (as the core trims them).
const EDGE_SPACE = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]+|[\s\u00a0\u200b-\u200d\u2060\ufeff]+$/g;

/**
 * The API URL as ActiveCampaign shows it under Settings → Developer (`https://account.api-us1.com`), from
 * the canonical form the core answers (`…/api/3`). The field shows this once the connection is checked.
 */
export function accountUrl(apiUrl: string): string {
  return apiUrl.replace(/\/api\/3$/i, '');
}

/**
 * What tells two typed URLs apart for the connection check: spaces around it, a missing https://, a
 * trailing slash or the `/api/3` suffix do not, so replacing the pasted URL by its clean form does not
 * check the account again.
 */
export function urlKey(raw: string): string {
  const text = raw.replace(EDGE_SPACE, '');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  return withScheme
    .replace(/\/+$/, '')
    .replace(/\/api\/3$/i, '')
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, (origin) => origin.toLowerCase());
}
