import { ConnectorError } from '../integrations/connector';
import type { HttpClient, HttpRequest, HttpResponse } from './types';
import type { RateLimitPolicy } from '../integrations/connector';
import type { Clock, Timers } from '../ports';
import { classifyNetworkError } from './classify';
import { interestingHeaders, lowerCaseHeaders } from './headers';
import type { NetworkStatus } from './network';
import type { RateLimiter } from './rate-limiter';
import { type AttemptRecorder, truncateUtf8 } from './record';

export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpClientOptions {
  fetch: FetchFn;
  limiter: RateLimiter;
  /** The remote account this client's requests count against (for AC: the API host). */
  rateKey: string;
  policy: RateLimitPolicy;
  network: NetworkStatus;
  clock: Clock;
  timers: Timers;
  recorder: AttemptRecorder;
  /** The attempt's signal: the engine aborts it on shutdown, cancel or the attempt's own deadline. */
  signal: AbortSignal;
  defaultTimeoutMs: number;
}

function stopped(signal: AbortSignal): ConnectorError {
  return new ConnectorError('transient', 'The attempt was stopped before it finished.', { cause: signal.reason });
}

function buildInit(req: HttpRequest, signal: AbortSignal): RequestInit {
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
  let body: string | undefined = req.body;
  if (req.json !== undefined) {
    body = JSON.stringify(req.json);
    headers['content-type'] = 'application/json';
  }
  // Never follow a redirect: it would carry the API key to wherever the remote points.
  return { method: req.method, headers, body, signal, redirect: 'manual' };
}

function response(status: number, headers: Record<string, string>, text: string): HttpResponse {
  let parsed: { value: unknown } | null = null;
  return {
    status,
    headers,
    text,
    json() {
      if (parsed) return parsed.value;
      try {
        parsed = { value: JSON.parse(text) as unknown };
        return parsed.value;
      } catch (err) {
        throw new ConnectorError('transient', `The answer (HTTP ${status}) was not valid JSON.`, {
          status,
          details: { excerpt: truncateUtf8(text, 300) },
          cause: err,
        });
      }
    },
  };
}

/**
 * The HttpClient a connector gets for one attempt: waits for the account's rate limiter, applies
 * a per-request timeout, records every call redacted, feeds the answer's rate-limit headers back
 * to the limiter, and turns network failures into classified errors. Statuses are answered, not
 * thrown: what a 404 means is the connector's business.
 */
export function createHttpClient(o: HttpClientOptions): HttpClient {
  return {
    renewal: (entry) => o.recorder.renewal(entry),
    async request(req) {
      let permit;
      try {
        permit = await o.limiter.acquire(o.rateKey, o.policy, o.signal);
      } catch {
        throw stopped(o.signal);
      }
      const timeoutMs = req.timeoutMs ?? o.defaultTimeoutMs;
      const controller = new AbortController();
      let timedOut = false;
      const cancelTimer = o.timers.after(timeoutMs, () => {
        timedOut = true;
        controller.abort(new Error('timeout'));
      });
      const onAbort = (): void => controller.abort(o.signal.reason);
      o.signal.addEventListener('abort', onAbort, { once: true });
      const started = o.clock.now();
      try {
        const res = await o.fetch(req.url, buildInit(req, controller.signal));
        const text = await res.text();
        const headers = lowerCaseHeaders(res.headers);
        permit.release({ status: res.status, headers });
        o.recorder.record(req, {
          status: res.status,
          durationMs: o.clock.now() - started,
          responseHeaders: interestingHeaders(headers),
          responseText: text,
          error: null,
        });
        return response(res.status, headers, text);
      } catch (err) {
        permit.release();
        if (o.signal.aborted && !timedOut) throw stopped(o.signal);
        const error = classifyNetworkError(err, { timedOut, timeoutMs, online: o.network.isOnline() });
        o.recorder.record(req, {
          status: null,
          durationMs: o.clock.now() - started,
          responseHeaders: {},
          responseText: null,
          error: { errorClass: error.errorClass, message: error.message },
        });
        throw error;
      } finally {
        cancelTimer();
        o.signal.removeEventListener('abort', onAbort);
      }
    },
  };
}
