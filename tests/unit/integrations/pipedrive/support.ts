import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Client, IntegrationDetail, OutputOf } from '#contract';
import type { PipedriveConfigInput } from '#contract/pipedrive';
import type { Core } from '../../../../electron/core';
import { createPipedriveConnector } from '../../../../electron/core/integrations/pipedrive/connector';
import { LabelCache } from '../../../../electron/core/integrations/pipedrive/label-cache';
import { PipedriveRateState } from '../../../../electron/core/integrations/pipedrive/rate-state';
import { FIELD_KEYS, startPipedriveEmulator, type PipedriveEmulator } from '../../../emulators/pipedrive';
import { call, tempDir } from '../../support/core-harness';
import { openDispatchCore } from '../../support/dispatch-core';
import { FakeTime } from '../../support/fake-time';
import { consentInBrowser } from '../hubspot/support';

export { consentInBrowser };

/** The emulator on the test's clock, so token lifetimes, windows and the daily reset move with it. */
export function startPd(clock: { now(): number }): Promise<PipedriveEmulator> {
  return startPipedriveEmulator({ clock: () => clock.now() });
}

/** A real core whose engine runs the real Pipedrive connector (own rate and label memory) on fake time. */
export function openPdCore(dir: string, time: FakeTime): Core {
  const labels = new LabelCache();
  return openDispatchCore(dir, {
    clock: time,
    timers: time,
    connectors: [
      createPipedriveConnector({ rate: new PipedriveRateState(), labelsFor: () => labels, now: () => time.now() }),
    ],
  });
}

export function newClient(core: Core, name = 'Acme'): Promise<Client> {
  return call<Client>(core, 'clients:create', { name });
}

/** The agency's OAuth app, pointed at the emulator's authorisation server. */
export function saveOAuthApp(core: Core, emu: PipedriveEmulator) {
  return call<OutputOf<'oauth:saveApp'>>(core, 'oauth:saveApp', {
    provider: 'pipedrive',
    clientId: emu.app.clientId,
    clientSecret: emu.app.clientSecret,
    authorizeUrl: emu.authorizeUrl,
    tokenUrl: emu.tokenUrl,
  });
}

/** Start → browser consent → complete: answers the connection the wizard saves with. */
export async function connectOAuth(core: Core, clientId: string, apiUrl: string) {
  const started = await call<OutputOf<'pipedrive:startOAuth'>>(core, 'pipedrive:startOAuth', { clientId, apiUrl });
  const completing = call<OutputOf<'pipedrive:completeOAuth'>>(core, 'pipedrive:completeOAuth', {
    flowId: started.flowId,
  });
  await consentInBrowser(started.authorizeUrl);
  return { started, connection: await completing };
}

export const MAPPING = {
  phone: true,
  organization: true,
  fields: [
    { source: 'score', field: { key: FIELD_KEYS.score, name: 'Lead score', type: 'double' } },
    { source: 'scoreRange', field: { key: FIELD_KEYS.scoreRange, name: 'Score range', type: 'varchar' } },
    { source: 'cnpj', field: { key: FIELD_KEYS.cnpj, name: 'CNPJ', type: 'varchar' } },
    { source: 'utm.source', field: { key: FIELD_KEYS.utmSource, name: 'UTM source', type: 'varchar' } },
  ],
} satisfies PipedriveConfigInput['mapping'];

/** Range → label: "high" uses the account's "Hot" label, "medium" one that does not exist yet. */
export function labelsFor(emu: PipedriveEmulator): PipedriveConfigInput['labels'] {
  const hot = [...emu.state.labels.values()].find((l) => l.name === 'Hot')!;
  return {
    enabled: true,
    byRange: { high: { id: hot.id, name: 'Hot' }, medium: { id: crypto.randomUUID(), name: 'Morno' } },
  };
}

export function savePipedrive(
  core: Core,
  emu: PipedriveEmulator,
  input: { clientId: string; connectionId?: string; token?: string; id?: string },
  config: Partial<PipedriveConfigInput> = {},
) {
  return call<IntegrationDetail>(core, 'pipedrive:save', {
    ...input,
    config: {
      name: 'Pipedrive Vendas',
      apiUrl: emu.url,
      auth: input.connectionId !== undefined ? 'oauth' : 'token',
      mapping: MAPPING,
      labels: labelsFor(emu),
      ...config,
    },
  });
}

export function activateDirectly(core: Core, id: string): void {
  // The engine tests skip activation's scoring-profile check; activation has its own test.
  core.forTests.sqlite.prepare("UPDATE integrations SET status = 'active' WHERE id = ?").run(id);
}

/**
 * Moves fake time in small steps, letting real HTTP to the emulator complete in between, until
 * `done` holds. Throws when it never does, so a hung dispatch fails the test instead of passing.
 */
export async function settle(time: FakeTime, done: () => boolean, stepMs = 100, maxSteps = 400): Promise<void> {
  for (let i = 0; i < maxSteps; i++) {
    if (done()) return;
    for (let k = 0; k < 10; k++) await new Promise((r) => setImmediate(r));
    await time.advance(stepMs);
  }
  if (!done()) throw new Error('the dispatch did not settle');
}

/** A core call whose lookups wait for the (fake-time) rate limiter: time moves until it answers. */
export async function callOver<T>(core: Core, time: FakeTime, channel: string, input: unknown): Promise<T> {
  let outcome: { ok: true; value: T } | { ok: false; error: unknown } | null = null;
  void core.dispatch(channel, input).then((r) => {
    outcome = r.ok ? { ok: true, value: r.value as T } : { ok: false, error: r.error };
  });
  await settle(time, () => outcome !== null, 200, 200);
  const done = outcome as unknown as { ok: true; value: T } | { ok: false; error: unknown };
  if (!done.ok) throw new Error(`${channel} failed: ${JSON.stringify(done.error)}`);
  return done.value;
}

export async function failureOver(core: Core, time: FakeTime, channel: string, input: unknown) {
  const result = core.dispatch(channel, input);
  let settled = false;
  void result.then(() => (settled = true));
  await settle(time, () => settled, 200, 200);
  const r = await result;
  if (r.ok) throw new Error(`${channel} should have failed`);
  return r.error;
}

export interface PdTestEnv {
  readonly time: FakeTime;
  emu: PipedriveEmulator;
  core: Core;
  /** A fresh client of `core`, per test. */
  client: string;
  dir: string;
}

/**
 * Registers the hooks every Pipedrive suite needs: one emulator on fake time for the file, and per
 * test a clean emulator, a real core on a fresh data folder, and a client. `prepare` runs last.
 */
export function usePdCore(prepare?: (env: PdTestEnv) => Promise<void>): PdTestEnv {
  const env = { time: new FakeTime() } as PdTestEnv;
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    env.emu = await startPd(env.time);
  });
  afterAll(() => env.emu.close());
  beforeEach(async () => {
    env.emu.reset();
    tmp = tempDir();
    env.dir = tmp.dir;
    env.core = openPdCore(tmp.dir, env.time);
    env.client = (await newClient(env.core)).id;
    await prepare?.(env);
  });
  afterEach(() => {
    env.core.close();
    tmp.cleanup();
  });
  return env;
}
