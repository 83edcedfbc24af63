import { createHttpClient, type FetchFn } from '../../http/client';
import type { NetworkStatus } from '../../http/network';
import type { RateLimiter } from '../../http/rate-limiter';
import { AttemptRecorder } from '../../http/record';
import { ConnectorError, type BulkContext } from '../../integrations/connector';
import { Redactor } from '../../lib/redact';
import type { Clock, Timers } from '../../ports';
import { credentialFor, secretsWithin } from '../attempt';
import type { ResolvedIntegration } from '../integrations';

export interface BulkContextDeps {
  clock: Clock;
  timers: Timers;
  fetch: FetchFn;
  limiter: RateLimiter;
  network: NetworkStatus;
  readSecret(credentialId: string): string;
  requestTimeoutMs: number;
  redactValue?(value: string): void;
}

/**
 * What a bulk request's calls run with: the integration's secrets, and an HttpClient that waits
 * for the account's limiter (shared with the per-contact path and the wizard) and records every
 * call redacted, for the attempts of the leads it carries.
 */
export function bulkContext(
  deps: BulkContextDeps,
  integ: ResolvedIntegration,
  signal: AbortSignal,
): { ctx: BulkContext<unknown>; recorder: AttemptRecorder } {
  const recorder = new AttemptRecorder(new Redactor(), (value) => deps.redactValue?.(value));
  const ctx: BulkContext<unknown> = {
    config: integ.config,
    secret(name) {
      const id = credentialFor(integ, name);
      if (!id) throw new ConnectorError('auth', `The integration has no "${name}" credential. Enter it again.`);
      let value: string;
      try {
        value = deps.readSecret(id);
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        throw new ConnectorError('auth', `The "${name}" credential could not be read: ${why}`, { cause: err });
      }
      for (const secret of secretsWithin(value)) recorder.addSecret(secret);
      return value;
    },
    http: createHttpClient({
      fetch: deps.fetch,
      limiter: deps.limiter,
      rateKey: integ.rateKey,
      policy: integ.policy,
      network: deps.network,
      clock: deps.clock,
      timers: deps.timers,
      recorder,
      signal,
      defaultTimeoutMs: deps.requestTimeoutMs,
    }),
    signal,
    now: () => deps.clock.now(),
  };
  return { ctx, recorder };
}
