import type { IncomingMessage, ServerResponse } from 'node:http';

/** Every answer of the intake API is JSON; errors are `{ "error": { "code", "message", ... } }`. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { error: { code, message, ...extra } }, headers);
}

export class BodyTooLarge extends Error {}

/** The sender closed the connection before its body arrived: its problem, not the app's. */
export class SenderGone extends Error {}

/** The body as bytes, refusing (without buffering it) anything over `max`. */
export function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > max) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'ECONNRESET' || req.destroyed ? new SenderGone(err.message) : err),
    );
  });
}

export interface DrainLimits {
  bytes: number;
  ms: number;
}

/**
 * Reads and discards the rest of a refused upload, within limits. A server that answers and closes
 * while the sender is still writing leaves bytes unread, and the kernel then resets the connection:
 * most clients report EPIPE instead of our answer. Draining lets their write finish and the answer be
 * read; the limits keep a hostile sender from holding the connection (beyond them we close anyway).
 */
export function drainBody(req: IncomingMessage, limits: DrainLimits): Promise<void> {
  return new Promise((resolve) => {
    if (req.readableEnded || req.destroyed) return resolve();
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > limits.bytes) return resolve();
    let drained = 0;
    const done = (): void => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', done);
      req.off('error', done);
      resolve();
    };
    const onData = (chunk: Buffer): void => {
      drained += chunk.length;
      if (drained > limits.bytes) done();
    };
    const timer = setTimeout(done, limits.ms);
    req.on('data', onData);
    req.once('end', done);
    req.once('error', done);
    req.resume();
  });
}

export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}
