import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

export function isLoopbackAddress(address: string): boolean {
  if (address === 'localhost' || address === '::1' || address === '[::1]') return true;
  return isIP(address) === 4 && address.startsWith('127.');
}

/**
 * The Host values this server answers to. Anything else is a DNS-rebinding attempt: a foreign
 * name that resolves to 127.0.0.1 must not reach the app.
 */
export function allowedHosts(bind: string, port: number, extraNames: readonly string[] = []): Set<string> {
  const names = new Set<string>(extraNames);
  const wildcard = bind === '0.0.0.0' || bind === '::';
  if (isLoopbackAddress(bind) || wildcard) LOOPBACK_NAMES.forEach((n) => names.add(n));
  if (!isLoopbackAddress(bind) && !wildcard) names.add(isIP(bind) === 6 ? `[${bind}]` : bind);
  return new Set([...names].map((n) => `${n}:${port}`.toLowerCase()));
}

export function hostAllowed(hostHeader: string | undefined, allowed: Set<string>): boolean {
  return hostHeader !== undefined && allowed.has(hostHeader.toLowerCase());
}

/** Only pages this server served may open the bridge: the Origin must name one of our own hosts. */
export function originAllowed(origin: string | undefined, allowed: Set<string>): boolean {
  if (!origin) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && allowed.has(url.host.toLowerCase());
  } catch {
    return false;
  }
}

export function tokenMatches(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
