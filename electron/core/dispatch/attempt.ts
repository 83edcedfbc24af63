import { createHttpClient, type FetchFn } from '../http/client';
import type { NetworkStatus } from '../http/network';
import type { RateLimiter } from '../http/rate-limiter';
import { AttemptRecorder } from '../http/record';
import { ConnectorError, type DispatchLead, type SendContext, type StepProgress } from '../integrations/connector';
import { isSecretKey, Redactor } from '../lib/redact';
import type { Clock, Timers } from '../ports';
import type { ResolvedIntegration } from './integrations';
import { parseSteps } from './rows';

export interface AttemptDeps {
  clock: Clock;
  timers: Timers;
  fetch: FetchFn;
  limiter: RateLimiter;
  network: NetworkStatus;
  /** Resolves a credential id to its secret (the core's vault). */
  readSecret(credentialId: string): string;
  /** Persists what the dispatch achieved so far; called after every step. */
  saveSteps(dispatchId: string, steps: Record<string, unknown>): void;
  requestTimeoutMs: number;
  /** The log's own redactor, told every secret value the attempt learns. */
  redactValue?(value: string): void;
}

export interface AttemptInput {
  dispatchId: string;
  number: number;
  steps: string | null;
  lead: DispatchLead;
  integration: ResolvedIntegration & { connector: NonNullable<ResolvedIntegration['connector']> };
  signal: AbortSignal;
}

export type AttemptResult =
  | { ok: true; remoteId: string | null; recorder: AttemptRecorder }
  | { ok: false; error: ConnectorError; recorder: AttemptRecorder };

/**
 * Which credential a secret name means: `config.secrets = { name: credentialId }` when the
 * integration has several, otherwise its one `credential_id` serves as "apiKey".
 */
export function credentialFor(integration: ResolvedIntegration, name: string): string | null {
  const secrets = integration.rawConfig.secrets;
  if (typeof secrets === 'object' && secrets !== null && !Array.isArray(secrets)) {
    const id = (secrets as Record<string, unknown>)[name];
    if (typeof id === 'string' && id !== '') return id;
  }
  return name === 'apiKey' ? integration.credentialId : null;
}

function steps(initial: string | null, save: (all: Record<string, unknown>) => void): StepProgress {
  const values = parseSteps(initial);
  return {
    get: <T>(step: string) => values[step] as T | undefined,
    set(step, value) {
      if (JSON.stringify(values[step]) === JSON.stringify(value)) return;
      values[step] = value;
      save({ ...values });
    },
  };
}

/**
 * A stored credential can be a JSON bundle (an OAuth connection keeps its access and refresh
 * tokens in one): each token inside is a secret by itself, and a remote echoes tokens, not bundles.
 */
export function secretsWithin(value: string): string[] {
  if (!value.trimStart().startsWith('{')) return [value];
  try {
    const parsed = JSON.parse(value) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return [value];
    // `tokenUrl` names a secret-sounding key, but it is the provider's public token endpoint.
    const inner = Object.entries(parsed).filter(
      ([k, v]) => isSecretKey(k) && !/url$/i.test(k) && typeof v === 'string',
    );
    return [value, ...inner.map(([, v]) => v as string)];
  } catch {
    return [value];
  }
}

export function asConnectorError(err: unknown): ConnectorError {
  if (err instanceof ConnectorError) return err;
  // A bug or an unexpected throw in a connector: retry on the schedule rather than drop the lead.
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return new ConnectorError('transient', `Unexpected failure in the connector: ${message}`, { cause: err });
}

/** What every try of a dispatch and every bulk request needs from the core: the ports of its calls. */
export type AccessDeps = Pick<
  AttemptDeps,
  'clock' | 'timers' | 'fetch' | 'limiter' | 'network' | 'readSecret' | 'requestTimeoutMs'
>;

/**
 * An integration's secrets (each one told to the recorder, so no echo of it is ever stored) and an
 * HttpClient that waits for the account's limiter and records every call into `recorder`.
 */
export function integrationAccess(
  deps: AccessDeps,
  integration: ResolvedIntegration,
  recorder: AttemptRecorder,
  signal: AbortSignal,
): Pick<SendContext<unknown>, 'secret' | 'http'> {
  return {
    secret(name) {
      const id = credentialFor(integration, name);
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
      rateKey: integration.rateKey,
      policy: integration.policy,
      network: deps.network,
      clock: deps.clock,
      timers: deps.timers,
      recorder,
      signal,
      defaultTimeoutMs: deps.requestTimeoutMs,
    }),
  };
}

/** Runs one try of one dispatch through its connector. Never throws: failures come back classified. */
export async function runAttempt(deps: AttemptDeps, input: AttemptInput): Promise<AttemptResult> {
  const { integration, signal } = input;
  const recorder = new AttemptRecorder(new Redactor(), (value) => deps.redactValue?.(value));
  const ctx: SendContext<unknown> = {
    dispatchId: input.dispatchId,
    attempt: input.number,
    lead: input.lead,
    config: integration.config,
    ...integrationAccess(deps, integration, recorder, signal),
    // Saved even after an abort: a step the remote did carry out must not be repeated.
    steps: steps(input.steps, (all) => deps.saveSteps(input.dispatchId, all)),
    note: (text) => recorder.note(text),
    signal,
  };
  try {
    const result = await integration.connector.send(ctx);
    return { ok: true, remoteId: result.remoteId ?? null, recorder };
  } catch (err) {
    return { ok: false, error: asConnectorError(err), recorder };
  }
}
