import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  Client,
  DispatchView,
  EventPayload,
  IntegrationDetail,
  IntegrationSummary,
  KeysNeeded,
  Preferences,
  WorkspaceExport,
} from '#contract';
import { sharedAcIdCaches } from '../../../electron/core/integrations/activecampaign/id-cache';
import { alwaysOnline } from '../../../electron/core/http/network';
import { systemClock } from '../../../electron/core/ports';
import { startAcEmulator, type AcEmulator } from '../../emulators/activecampaign';
import { call, tempDir } from '../support/core-harness';
import { RestartableCore } from './support';

const randomBytes32 = () => randomBytes(32);

const LEADS = ['maria@acme.com.br', 'joao@acme.com.br', 'ana@acme.com.br'];

function lead(email: string) {
  return {
    fullName: 'Maria da Silva',
    email,
    phone: '(11) 98765-4321',
    company: 'Acme',
    cnpj: '11.222.333/0001-81',
    jobTitle: 'Diretora Comercial',
  };
}

function files(save: string | null, open: string | null) {
  return { chooseSave: () => Promise.resolve(save), chooseOpen: () => Promise.resolve(open) };
}

describe('moving the workspace to another computer', () => {
  let emu: AcEmulator;
  let from: ReturnType<typeof tempDir>;
  let to: ReturnType<typeof tempDir>;
  let hosts: RestartableCore[];
  beforeAll(async () => {
    emu = await startAcEmulator({ ratePerSecond: 0 });
  });
  afterAll(() => emu.close());
  beforeEach(() => {
    emu.reset();
    sharedAcIdCaches.clear();
    from = tempDir('zbl-from-');
    to = tempDir('zbl-to-');
    hosts = [];
  });
  afterEach(() => {
    for (const h of hosts) h.close();
    from.cleanup();
    to.cleanup();
  });

  function open(
    dir: string,
    key: ReturnType<typeof randomBytes32>,
    path: { save?: string; open?: string },
  ): RestartableCore {
    const host = new RestartableCore(dir, {
      key,
      clock: systemClock,
      extra: {
        files: files(path.save ?? null, path.open ?? null),
        dispatch: { network: alwaysOnline },
      },
    });
    hosts.push(host);
    return host;
  }

  it('exports one file; on another computer the integrations wait for their keys, then send what waited', async () => {
    const workspaceFile = join(from.dir, 'moving.zbl');
    const a = open(from.dir, randomBytes32(), { save: workspaceFile });
    const client = await call<Client>(a.core, 'clients:create', { name: 'Acme' });
    await call<Preferences>(a.core, 'settings:update', { language: 'pt-BR', theme: 'dark' });
    await call(a.core, 'desktop:updateSettings', { closeToTray: false });
    const integration = await call<IntegrationDetail>(a.core, 'activecampaign:save', {
      clientId: client.id,
      apiKey: emu.apiToken,
      config: { apiUrl: emu.url, name: 'ActiveCampaign' },
    });
    await call(a.core, 'integrations:activate', { id: integration.id });
    // The old computer stops before sending: these leads wait in the workspace being moved.
    a.core.forTests.engine.stop();
    for (const email of LEADS) await call(a.core, 'leads:create', { clientId: client.id, lead: lead(email) });

    const requestsBefore = emu.stats.requests;
    const saved = await call<WorkspaceExport>(a.core, 'workspace:export', { target: 'dialog' });
    expect(saved).toMatchObject({ outcome: 'saved', fileName: 'moving.zbl' });
    // The API key travels sealed only.
    const copy = new Database(workspaceFile, { readonly: true });
    const sealed = copy.prepare('SELECT sealed FROM credentials').all() as Array<{ sealed: Buffer }>;
    expect(sealed).toHaveLength(1);
    expect(sealed[0]!.sealed.includes(Buffer.from(emu.apiToken))).toBe(false);
    copy.close();

    // Another computer: a fresh data folder and another master key.
    const b = open(to.dir, randomBytes32(), { open: workspaceFile });
    expect(await call(b.core, 'workspace:import', { source: { kind: 'dialog' } })).toEqual({ outcome: 'restarting' });
    const core = await b.restarted();
    expect(b.restarts).toEqual(['import']);

    // Preferences came along, except what belongs to the other computer.
    expect(await call<Preferences>(core, 'settings:get', {})).toMatchObject({
      language: 'pt-BR',
      theme: 'dark',
      currentClientId: client.id,
    });
    expect(await call(core, 'desktop:getSettings', {})).toMatchObject({ closeToTray: true });

    const [held] = await call<IntegrationSummary[]>(core, 'integrations:list', { clientId: client.id });
    expect(held).toMatchObject({
      id: integration.id,
      status: 'needs_attention',
      credential: { set: true, unreadable: true },
    });
    expect(await call<KeysNeeded>(core, 'backup:keysNeeded', {})).toEqual({
      integrations: [
        {
          clientId: client.id,
          clientName: 'Acme',
          integrationId: integration.id,
          name: 'ActiveCampaign',
          type: 'activecampaign',
        },
      ],
      connectedApps: [],
    });
    const waiting = await call<DispatchView[]>(core, 'dispatch:list', { clientId: client.id });
    expect(waiting.map((d) => [d.state, d.heldReason, d.attemptCount])).toEqual(
      LEADS.map(() => ['held', 'needs_attention', 0]),
    );
    await core.forTests.engine.settled();
    expect(emu.stats.requests).toBe(requestsBefore);
    // Reading the key says why, never with the cipher's own words.
    const { credential_id: credentialId } = core.forTests.sqlite
      .prepare('SELECT credential_id FROM integrations WHERE id = ?')
      .get(integration.id) as { credential_id: string };
    expect(() => core.forTests.vault.get(credentialId)).toThrow(/saved on another computer/);

    // The key entered again in the wizard: the integration resumes by itself and sends what waited.
    await call<IntegrationDetail>(core, 'activecampaign:save', {
      id: integration.id,
      clientId: client.id,
      apiKey: emu.apiToken,
      config: { apiUrl: emu.url, name: 'ActiveCampaign' },
    });
    await core.forTests.engine.settled();
    const after = await call<DispatchView[]>(core, 'dispatch:list', { clientId: client.id });
    expect(after.map((d) => d.state)).toEqual(LEADS.map(() => 'sent'));
    for (const email of LEADS) expect(emu.state.contact(email)).toBeDefined();
    expect(await call<KeysNeeded>(core, 'backup:keysNeeded', {})).toEqual({ integrations: [], connectedApps: [] });
    const [resumed] = await call<IntegrationSummary[]>(core, 'integrations:list', { clientId: client.id });
    expect(resumed).toMatchObject({ status: 'active', credential: { unreadable: false } });
  }, 30_000);

  it('hands the headless host the workspace as a generated file, and says which connected apps need their secret', async () => {
    writeFileSync(
      join(from.dir, 'oauth-apps.json'),
      JSON.stringify({
        hubspot: {
          clientId: 'hub-client',
          secret: { backend: 'env', sealed: randomBytes(60).toString('base64'), hint: '…abcd' },
          redirectPort: null,
          authorizeUrl: null,
          tokenUrl: null,
          updatedAt: 1,
        },
      }),
    );
    const a = open(from.dir, randomBytes32(), {});
    await call<Client>(a.core, 'clients:create', { name: 'Acme' });
    const ready = new Promise<EventPayload<'exports:ready'>>((resolve) =>
      a.core.events.subscribe((event, payload) => {
        if (event === 'exports:ready') resolve(payload as EventPayload<'exports:ready'>);
      }),
    );
    const started = await call<WorkspaceExport>(a.core, 'workspace:export', { target: 'download' });
    expect(started).toMatchObject({
      outcome: 'download',
      fileName: expect.stringMatching(/^Zero Bad Leads \d{4}-\d{2}-\d{2}\.zbl$/) as unknown,
    });
    const file = await ready;
    const parts: Buffer[] = [];
    for (let offset = 0; ;) {
      const chunk = await call<{ data: string; eof: boolean }>(a.core, 'exports:read', { id: file.id, offset });
      const bytes = Buffer.from(chunk.data, 'base64');
      parts.push(bytes);
      offset += bytes.length;
      if (chunk.eof) break;
    }
    const downloaded = join(to.dir, 'downloaded.zbl');
    writeFileSync(downloaded, Buffer.concat(parts));

    // The page uploads it to the other host in chunks, as CSV files are.
    const b = open(to.dir, randomBytes32(), {});
    const bytes = Buffer.concat(parts);
    const { uploadId } = await call<{ uploadId: string }>(b.core, 'uploads:begin', {
      name: 'w.zbl',
      size: bytes.length,
    });
    for (let offset = 0; offset < bytes.length; offset += 512 * 1024) {
      const data = bytes.subarray(offset, offset + 512 * 1024).toString('base64');
      await call(b.core, 'uploads:append', { uploadId, offset, data });
    }
    expect(await call(b.core, 'workspace:import', { source: { kind: 'upload', uploadId } })).toEqual({
      outcome: 'restarting',
    });
    const core = await b.restarted();
    expect((await call<Client[]>(core, 'clients:list', {})).map((c) => c.name)).toEqual(['Acme']);
    expect(existsSync(join(to.dir, 'oauth-apps.json'))).toBe(true);
    expect(await call<KeysNeeded>(core, 'backup:keysNeeded', {})).toEqual({
      integrations: [],
      connectedApps: ['hubspot'],
    });
  });
});
