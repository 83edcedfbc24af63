import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Timers } from '../../ports';
import { CALLBACK_PAGE_CSP, callbackPage, type CallbackPageKind } from './callback-page';
import { sameToken } from './pkce';
import { CALLBACK_PATH } from './providers';

/** How the browser round trip ended. */
export type LoopbackOutcome =
  | { kind: 'code'; code: string }
  | { kind: 'denied'; error: string; description: string | null }
  | { kind: 'timeout' }
  | { kind: 'cancelled' };

export interface LoopbackListener {
  port: number;
  redirectUri: string;
  /** Settles once: the first redirect carrying the expected state, a timeout, or `close()`. */
  outcome: Promise<LoopbackOutcome>;
  close(): void;
}

export interface LoopbackOptions {
  /** The `state` sent with the authorisation request; any other redirect is answered and ignored. */
  state: string;
  /** A fixed port when the provider wants the exact redirect URL registered; otherwise a free one. */
  port?: number | null;
  timeoutMs: number;
  timers: Timers;
}

function first(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}

/**
 * A one-shot HTTP listener on 127.0.0.1 (never a public interface) for the authorisation
 * redirect (RFC 8252 §7.3). It accepts exactly one redirect whose `state` matches; anything else
 * gets a short page and changes nothing, so a stray or forged request cannot end the sign-in. It
 * closes after that redirect, on timeout, or when the sign-in is abandoned.
 */
export async function openLoopbackListener(options: LoopbackOptions): Promise<LoopbackListener> {
  let settle: (outcome: LoopbackOutcome) => void = () => undefined;
  const outcome = new Promise<LoopbackOutcome>((resolve) => {
    settle = resolve;
  });
  let done = false;
  let cancelTimer: () => void = () => undefined;

  const answer = (req: IncomingMessage, res: ServerResponse, status: number, kind: CallbackPageKind): void => {
    res.writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CALLBACK_PAGE_CSP,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      Connection: 'close',
    });
    res.end(callbackPage(kind, req.headers['accept-language']));
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (done || req.method !== 'GET' || url.pathname !== CALLBACK_PATH) {
      answer(req, res, 404, 'not_found');
      return;
    }
    const state = first(url.searchParams.get('state'));
    if (state === null || !sameToken(state, options.state)) {
      answer(req, res, 400, 'wrong_state');
      return;
    }
    const code = first(url.searchParams.get('code'));
    const error = first(url.searchParams.get('error'));
    if (code === null) {
      answer(req, res, 400, 'denied');
      finish({
        kind: 'denied',
        error: error ?? 'no_code',
        description: first(url.searchParams.get('error_description')),
      });
      return;
    }
    answer(req, res, 200, 'success');
    finish({ kind: 'code', code });
  });

  function finish(result: LoopbackOutcome): void {
    if (done) return;
    done = true;
    cancelTimer();
    settle(result);
    // Let the page reach the browser before the socket goes.
    server.close();
    setImmediate(() => server.closeAllConnections());
  }

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      // A failed accept (e.g. out of file descriptors) must not end the app; the sign-in just waits or times out.
      server.on('error', () => undefined);
      resolve((server.address() as AddressInfo).port);
    });
  });
  cancelTimer = options.timers.after(options.timeoutMs, () => finish({ kind: 'timeout' }));

  return {
    port,
    redirectUri: `http://127.0.0.1:${port}${CALLBACK_PATH}`,
    outcome,
    close: () => finish({ kind: 'cancelled' }),
  };
}
