import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Client, IntegrationDetail, OutputOf } from '#contract';
import type { Core } from '../../../../electron/core';
import { createHubspotConnector } from '../../../../electron/core/integrations/hubspot/connector';
import { sharedHubspotRateState } from '../../../../electron/core/integrations/hubspot/rate-state';
import type { HubspotConfigInput } from '#contract/hubspot';
import { startHubspotEmulator, type HubspotEmulator } from '../../../emulators/hubspot';
import { call, tempDir } from '../../support/core-harness';
import { openDispatchCore } from '../../support/dispatch-core';
import type { FakeTime } from '../../support/fake-time';

/** The emulator on the test's clock, so token lifetimes and rate windows move with it. */
export function startHub(clock: { now(): number }): Promise<HubspotEmulator> {
  return startHubspotEmulator({ clock: () => clock.now() });
}

/** A real core whose engine runs the real HubSpot connector on fake time. */
export function openHubCore(dir: string, time: FakeTime): Core {
  return openDispatchCore(dir, {
    clock: time,
    timers: time,
    connectors: [createHubspotConnector({ now: () => time.now() })],
  });
}

export async function newClient(core: Core, name = 'Acme'): Promise<Client> {
  return call<Client>(core, 'clients:create', { name });
}

/** What each test of a HubSpot file starts from. */
export interface HubTestEnv {
  emu: HubspotEmulator;
  core: Core;
  clientId: string;
  /** The core's data folder, for the scans that look for secrets on disk. */
  dir: string;
}

/**
 * The hooks of a HubSpot test file: the emulator for the whole file, and for each test a fresh core
 * in a folder of its own with one client and no rate state left by the test before. `ready` gets
 * them before each test (and may set up more); the core is closed and its folder removed after.
 */
export function hubspotPerTest(time: FakeTime, ready: (env: HubTestEnv) => void | Promise<void>): void {
  let emu: HubspotEmulator;
  let tmp: ReturnType<typeof tempDir> | null = null;
  let core: Core | null = null;
  beforeAll(async () => {
    emu = await startHub(time);
  });
  afterAll(() => emu.close());
  beforeEach(async () => {
    emu.reset();
    sharedHubspotRateState.clear();
    tmp = tempDir();
    core = openHubCore(tmp.dir, time);
    await ready({ emu, core, clientId: (await newClient(core)).id, dir: tmp.dir });
  });
  afterEach(() => {
    core?.close();
    tmp?.cleanup();
  });
}

/** The agency's OAuth app, pointed at the emulator's authorisation server. */
export function saveOAuthApp(core: Core, emu: HubspotEmulator, secret = emu.app.clientSecret) {
  return call<OutputOf<'oauth:saveApp'>>(core, 'oauth:saveApp', {
    provider: 'hubspot',
    clientId: emu.app.clientId,
    clientSecret: secret,
    authorizeUrl: emu.authorizeUrl,
    tokenUrl: emu.tokenUrl,
  });
}

/** What the browser does: open the consent page, follow its redirect to the app's loopback listener. */
export async function consentInBrowser(
  authorizeUrl: string,
): Promise<{ status: number; page: string; location: string }> {
  const consent = await fetch(authorizeUrl, { redirect: 'manual' });
  const location = consent.headers.get('location') ?? '';
  if (consent.status !== 302 || location === '') throw new Error(`consent answered ${consent.status}`);
  const back = await fetch(location, { headers: { 'accept-language': 'pt-BR,pt;q=0.9,en;q=0.5' } });
  return { status: back.status, page: await back.text(), location };
}

/** Start → browser consent → complete: answers the connection the wizard saves with. */
export async function connectOAuth(core: Core, clientId: string) {
  const started = await call<OutputOf<'hubspot:startOAuth'>>(core, 'hubspot:startOAuth', { clientId });
  const completing = call<OutputOf<'hubspot:completeOAuth'>>(core, 'hubspot:completeOAuth', { flowId: started.flowId });
  await consentInBrowser(started.authorizeUrl);
  return { started, connection: await completing };
}

export const MAPPING: HubspotConfigInput['mapping'] = {
  fullName: true,
  phone: true,
  company: true,
  associateCompany: true,
  properties: [
    { source: 'score', property: { name: 'lead_score', label: 'Lead score' } },
    { source: 'scoreRange', property: { name: 'score_range', label: 'Score range' } },
    { source: 'cnpj', property: { name: 'cnpj', label: 'CNPJ' } },
  ],
};

/** The custom properties MAPPING needs, created as the wizard would. */
export async function createMappedProperties(
  core: Core,
  conn: { connectionId?: string; token?: string; apiUrl: string },
) {
  for (const [label, type] of [
    ['Lead score', 'number'],
    ['Score range', 'string'],
    ['CNPJ', 'string'],
  ] as const) {
    await call(core, 'hubspot:createProperty', { ...conn, label, type });
  }
}

export function saveHubspot(
  core: Core,
  input: { clientId: string; apiUrl: string; connectionId?: string; token?: string; id?: string },
  config: Partial<HubspotConfigInput> = {},
) {
  const { apiUrl, ...rest } = input;
  return call<IntegrationDetail>(core, 'hubspot:save', {
    ...rest,
    config: {
      name: 'HubSpot Vendas',
      apiUrl,
      auth: input.connectionId !== undefined ? 'oauth' : 'token',
      mapping: MAPPING,
      ...config,
    },
  });
}

/**
 * Runs `work` while fake time moves in small steps: the engine's per-portal limiter spaces
 * requests with timers, which only fire when the clock moves.
 */
export async function pump<T>(time: FakeTime, work: Promise<T>, stepMs = 50): Promise<T> {
  let done = false;
  const out = work.finally(() => {
    done = true;
  });
  for (let i = 0; !done && i < 10_000; i++) await time.advance(stepMs);
  return out;
}

/** Moves fake time until the dispatch leaves pending/sending (or `maxMs` of fake time pass). */
export async function until(time: FakeTime, check: () => boolean, maxMs = 120_000, stepMs = 50): Promise<void> {
  for (let spent = 0; !check(); spent += stepMs) {
    if (spent > maxMs) throw new Error('the condition did not hold in time');
    await time.advance(stepMs);
  }
}
