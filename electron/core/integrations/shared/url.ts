/** What every connector does with an address or a token pasted by the user. */

// Pasting from web pages and chat apps brings non-breaking and zero-width spaces along.
const EDGE_SPACE = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]+|[\s\u00a0\u200b-\u200d\u2060\ufeff]+$/g;

export function trimPasted(value: string): string {
  return value.replace(EDGE_SPACE, '');
}

/** Loopback hosts may use plain http: tests and local emulators run there, and nothing leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
