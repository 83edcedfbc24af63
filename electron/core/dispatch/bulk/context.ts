import type { FetchFn } from '../../http/client';
import type { NetworkStatus } from '../../http/network';
import type { RateLimiter } from '../../http/rate-limiter';
import { AttemptRecorder } from '../../http/record';
import type { BulkContext } from '../../integrations/connector';
import { Redactor } from '../../lib/redact';
import type { Clock, Timers } from '../../ports';
import { integrationAccess } from '../attempt';
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
    ...integrationAccess(deps, integ, recorder, signal),
    signal,
    now: () => deps.clock.now(),
  };
  return { ctx, recorder };
}
