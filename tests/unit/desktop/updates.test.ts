import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { UpdateStatus } from '#contract';
import { GUIDE_RETRY_SCHEDULE, type Connector } from '../../../electron/core/integrations/connector';
import { QUIT_DRAIN_MS } from '../../../electron/main/quit';
import { htmlToText } from '../../../electron/main/release-notes';
import { call, openTestCore, tempDir } from '../support/core-harness';
import { seedClient, seedIntegration, seedLead } from '../support/dispatch-core';
import { release, startReleaseServer, testUpdater, type ReleaseServer } from './release-server';
import { appFrame, startShell, type Shell } from './shell-harness';

let shell: Shell | null = null;
let server: ReleaseServer | null = null;
afterEach(async () => {
  shell?.cleanup();
  shell = null;
  await server?.close();
  server = null;
});

const NOTES_020 = '<h2>Backups</h2><ul><li>Back up now &amp; restore</li><li>Move to another computer</li></ul>';
const NOTES_015 = '<p>Faster imports.</p>';

/** A connector whose sends wait for the test to let them finish. */
function heldConnector() {
  const waiting: Array<() => void> = [];
  const connector: Connector<unknown> = {
    type: 'webhook',
    configSchema: z.record(z.string(), z.unknown()),
    rateLimitKey: () => 'held',
    rateLimit: { perSecond: 100, burst: 100 },
    retrySchedule: GUIDE_RETRY_SCHEDULE,
    send: () => new Promise((resolve) => waiting.push(() => resolve({ remoteId: 'r' }))),
  };
  return { connector, waiting };
}

async function waitFor<T>(read: () => T, done: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

async function invoke<T>(s: Shell, channel: string, input: unknown): Promise<T> {
  const result = (await s.e.fake.ipcMain.invoke(channel, input, appFrame)) as { ok: boolean; value: T };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
  return result.value;
}

/** The `updates:status` events the page received, in order. */
function statuses(s: Shell): UpdateStatus[] {
  return s.e.windows[0]!.webContents.sent.filter((m) => m.channel === 'updates:status').map(
    (m) => m.payload as UpdateStatus,
  );
}

async function packagedWithUpdater(o: { autoDownload?: boolean; connectors?: Connector<unknown>[] } = {}) {
  server = await startReleaseServer([release('0.2.0', NOTES_020), release('0.1.5', NOTES_015)]);
  const dir = tempDir('zbl-updater-');
  const updater = testUpdater({ dir: dir.dir, server, version: '0.1.0' });
  shell = await startShell({
    isPackaged: true,
    version: '0.1.0',
    updater: () => updater,
    connectors: o.connectors,
    preferences: { desktop: { openAtLoginProposed: true }, updates: { autoDownload: o.autoDownload ?? true } },
  });
  const cleanup = shell.cleanup;
  shell.cleanup = () => {
    cleanup();
    dir.cleanup();
  };
  return { s: shell, updater };
}

describe('updates of the desktop app (GitHub releases, a fake server)', () => {
  it('finds the new release, downloads it with progress, and restarts into it only once the running attempt ended', async () => {
    const held = heldConnector();
    const { s, updater } = await packagedWithUpdater({ connectors: [held.connector] });
    expect(await invoke<UpdateStatus>(s, 'updates:status', {})).toMatchObject({
      state: 'idle',
      currentVersion: '0.1.0',
      autoDownload: true,
    });

    await invoke(s, 'updates:check', {});
    const ready = await waitFor(
      () => statuses(s).at(-1),
      (st) => st?.state === 'downloaded',
      'the download',
    );
    expect(ready).toMatchObject({ version: '0.2.0', releaseName: '0.2.0', error: null });
    // Every version since this one, newest first, as text.
    expect(ready!.releaseNotes).toBe(
      '0.2.0\nBackups\n\n• Back up now & restore\n• Move to another computer\n\n0.1.5\nFaster imports.',
    );
    const seen = statuses(s).map((st) => st.state);
    expect(seen).toEqual(expect.arrayContaining(['checking', 'downloading', 'downloaded']));
    expect(statuses(s).some((st) => st.state === 'downloading' && st.progress?.percent === 100)).toBe(true);
    expect(server!.requests).toEqual(
      expect.arrayContaining([
        '/zbl/desktop/releases.atom',
        '/api/v3/repos/zbl/desktop/releases/latest',
        '/zbl/desktop/releases/download/v0.2.0/latest.yml',
        '/zbl/desktop/releases/download/v0.2.0/ZeroBadLeads-Setup-0.2.0.exe',
      ]),
    );

    // A lead being sent right now.
    const core = s.app.core!;
    const client = seedClient(core);
    seedIntegration(core, client);
    core.forTests.engine.enqueueLead(seedLead(core, client));
    await waitFor(
      () => held.waiting.length,
      (n) => n === 1,
      'the attempt to start',
    );

    expect(await invoke<UpdateStatus>(s, 'updates:install', {})).toMatchObject({ state: 'installing' });
    await s.time.advance(1000);
    expect(updater.installs).toEqual([]);
    expect(core.forTests.sqlite.open).toBe(true);
    held.waiting[0]!();
    await s.time.advance(1000);
    await waitFor(
      () => updater.installs.length,
      (n) => n === 1,
      'the installer',
    );
    expect(updater.installs).toEqual([{ silent: false, runAfter: true }]);
    // Recorded as sent before the data closed; nothing was asked (the user chose to restart).
    expect(core.forTests.sqlite.open).toBe(false);
    expect(s.e.fake.dialog.messageBoxes).toEqual([]);
  });

  it('waits a bounded time for an attempt that does not end', async () => {
    const held = heldConnector();
    const { s, updater } = await packagedWithUpdater({ connectors: [held.connector] });
    await invoke(s, 'updates:check', {});
    await waitFor(
      () => statuses(s).at(-1)?.state,
      (st) => st === 'downloaded',
      'the download',
    );
    const core = s.app.core!;
    const client = seedClient(core);
    seedIntegration(core, client);
    core.forTests.engine.enqueueLead(seedLead(core, client));
    await waitFor(
      () => held.waiting.length,
      (n) => n === 1,
      'the attempt to start',
    );
    await invoke(s, 'updates:install', {});
    await s.time.advance(QUIT_DRAIN_MS - 1000);
    expect(updater.installs).toEqual([]);
    await s.time.advance(2000);
    await waitFor(
      () => updater.installs.length,
      (n) => n === 1,
      'the installer',
    );
  });

  it('with automatic download off, a new version waits for "Download"; a failed download can be tried again', async () => {
    const { s } = await packagedWithUpdater({ autoDownload: false });
    await invoke(s, 'updates:check', {});
    const found = await waitFor(
      () => statuses(s).at(-1),
      (st) => st?.state === 'available',
      'the check',
    );
    expect(found).toMatchObject({ version: '0.2.0', autoDownload: false });
    expect(server!.requests.some((r) => r.endsWith('.exe'))).toBe(false);

    server!.failInstaller(1);
    await invoke(s, 'updates:download', {});
    const failed = await waitFor(
      () => statuses(s).at(-1),
      (st) => st?.error !== null && st?.error !== undefined,
      'the failure',
    );
    expect(failed).toMatchObject({ state: 'available', version: '0.2.0' });
    expect(failed!.error).toMatch(/503/);

    await invoke(s, 'updates:download', {});
    await waitFor(
      () => statuses(s).at(-1)?.state,
      (st) => st === 'downloaded',
      'the second download',
    );

    // The setting is kept with the other preferences.
    await invoke(s, 'updates:setAutoDownload', { autoDownload: true });
    expect(s.prefs()).toMatchObject({ updates: { autoDownload: true } });
  });

  it('looks for updates by itself a minute after start, then every few hours', async () => {
    const { s } = await packagedWithUpdater({ autoDownload: false });
    expect(server!.requests).toEqual([]);
    await s.time.advance(60_000);
    await waitFor(
      () => statuses(s).at(-1)?.state,
      (st) => st === 'available',
      'the first check',
    );
    expect((await invoke<UpdateStatus>(s, 'updates:status', {})).lastCheckedAt).toBe(s.time.now());
  });

  it('a build that was not packaged does not update itself; the headless host says how to update', async () => {
    const dir = tempDir('zbl-updater-');
    server = await startReleaseServer([release('0.2.0', NOTES_020)]);
    const updater = testUpdater({ dir: join(dir.dir, 'u'), server, version: '0.1.0' });
    try {
      shell = await startShell({ updater: () => updater });
      expect(await invoke<UpdateStatus>(shell, 'updates:status', {})).toMatchObject({
        state: 'unsupported',
        reason: 'development',
      });
      const headless = openTestCore(join(dir.dir, 'headless'));
      try {
        expect(await call<UpdateStatus>(headless, 'updates:check', {})).toMatchObject({
          state: 'unsupported',
          reason: 'headless',
        });
      } finally {
        headless.close();
      }
      expect(server.requests).toEqual([]);
    } finally {
      dir.cleanup();
    }
  });
});

describe('release notes', () => {
  it('become plain text: no markup from the network reaches the page', () => {
    expect(htmlToText('<p>One<br>Two</p><script>alert(1)</script><ol><li>A &lt;b&gt;</li></ol>')).toBe(
      'One\nTwo\n\n• A <b>',
    );
  });
});
