import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { contentSecurityPolicy } from '../host/static-files';
import type { ElectronModule } from './electron-types';

/** The renderer is served from app://app/, never file://: one origin, with its CSP as a header. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** Must run before the app is ready: a standard, secure scheme gets an origin and a normal CSP. */
export function registerAppScheme(protocol: ElectronModule['protocol']): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Answers one app:// request from the built renderer folder; nothing outside it is reachable. */
export async function serveAppRequest(rendererDir: string, url: string): Promise<Response> {
  const parsed = new URL(url);
  if (parsed.host !== 'app') return new Response('Not found', { status: 404 });
  let rel: string;
  try {
    rel = normalize(decodeURIComponent(parsed.pathname)).replace(/^([/\\])+/, '');
  } catch {
    return new Response('Bad path', { status: 400 });
  }
  const path = join(rendererDir, rel === '' ? 'index.html' : rel);
  if (path !== rendererDir && !path.startsWith(rendererDir + sep)) return new Response('Forbidden', { status: 403 });
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch {
    return new Response('Not found', { status: 404 });
  }
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-security-policy': contentSecurityPolicy(),
      'x-content-type-options': 'nosniff',
    },
  });
}

export function handleAppProtocol(protocol: ElectronModule['protocol'], rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));
}
