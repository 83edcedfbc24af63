import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { channelNames, type DispatchChange } from '#contract';
import { GUIDE_RETRY_SCHEDULE, type Connector } from '../../../electron/core/integrations/connector';
import { chooseNativeBinding } from '../../../electron/main/native-binding';
import { rendererSource } from '../../../electron/main/window';
import { seedClient, seedIntegration, seedLead } from '../support/dispatch-core';
import { appFrame, logLines, startShell, type Shell } from './shell-harness';

const SEC = 1000;
const MIN = 60 * SEC;

let shell: Shell | null = null;
afterEach(() => {
  shell?.cleanup();
  shell = null;
});

async function open(o: Parameters<typeof startShell>[0] = {}): Promise<Shell> {
  shell = await startShell(o);
  return shell;
}

/** A connector that posts each lead to a local server through the core's HTTP client. */
function postingConnector(url: () => string): Connector<unknown> {
  return {
    type: 'webhook',
    configSchema: z.record(z.string(), z.unknown()),
    rateLimitKey: () => 'local',
    rateLimit: { perSecond: 100, burst: 100 },
    retrySchedule: GUIDE_RETRY_SCHEDULE,
    async send(ctx) {
      const res = await ctx.http.request({ method: 'POST', url: url(), json: { email: ctx.lead.email } });
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      return { remoteId: 'ok' };
    },
  };
}

async function until(s: Shell, done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (done()) return;
    await new Promise((r) => setTimeout(r, 5));
    await s.time.advance(10);
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe('the Electron shell on a faithful fake of Electron', () => {
  it('registers every contract channel behind a check of the frame that sends it', async () => {
    const s = await open();
    expect([...s.e.fake.ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort());

    await expect(s.e.fake.ipcMain.invoke('settings:get', {}, appFrame)).resolves.toMatchObject({ ok: true });
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///etc/passwd', parent: null },
      { url: 'app://app/index.html', parent: appFrame },
      null,
    ]) {
      await expect(s.e.fake.ipcMain.invoke('clients:create', { name: 'Nope' }, frame)).resolves.toMatchObject({
        ok: false,
        error: { code: 'unavailable' },
      });
    }
    expect(await s.e.fake.ipcMain.invoke('clients:list', {}, appFrame)).toMatchObject({ ok: true, value: [] });
    expect(logLines(s).some((l) => l.message === 'ipc: refused a call from a foreign frame')).toBe(true);
  });

  it('serves the page from app:// with its CSP as a header, denies permissions, and routes HTTP through net.fetch', async () => {
    const received: string[] = [];
    const server: Server = createServer((req, res) => {
      received.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    try {
      const s = await open({ connectors: [postingConnector(() => url)] });
      expect(s.e.windows[0]!.loaded).toBe('app://app/index.html');
      expect(s.e.fake.protocol.privileged).toEqual([
        { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
      ]);
      const serve = s.e.fake.protocol.handlers.get('app')!;
      const page = await serve(new Request('app://app/index.html'));
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await page.text()).toContain('<title>Zero Bad Leads</title>');
      expect((await serve(new Request('app://app/assets/app.js'))).headers.get('content-type')).toContain('javascript');
      expect((await serve(new Request('app://app/..%2f..%2fdrizzle/meta/_journal.json'))).status).not.toBe(200);
      expect((await serve(new Request('app://other/index.html'))).status).toBe(404);

      const { requestHandler, checkHandler } = s.e.fake.session.defaultSession;
      const asked = (permission: string, url: string) =>
        new Promise<boolean>((r) => requestHandler!(null, permission, r, { requestingUrl: url }));
      for (const permission of ['geolocation', 'media', 'notifications', 'openExternal', 'clipboard-read']) {
        await expect(asked(permission, 'app://app/index.html')).resolves.toBe(false);
        expect(checkHandler!(null, permission, 'app://app')).toBe(false);
      }
      // Only the copy buttons' clipboard write, and only for the app's own page.
      await expect(asked('clipboard-sanitized-write', 'app://app/index.html')).resolves.toBe(true);
      expect(checkHandler!(null, 'clipboard-sanitized-write', 'app://app')).toBe(true);
      await expect(asked('clipboard-sanitized-write', 'https://evil.example/')).resolves.toBe(false);
      expect(checkHandler!(null, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);

      const core = s.app.core!;
      const client = seedClient(core);
      seedIntegration(core, client);
      core.forTests.engine.enqueueLead(seedLead(core, client));
      await until(s, () => received.length === 1, 'the lead to be posted');
      expect(s.e.fake.net.requests).toEqual([url]);
    } finally {
      server.close();
    }
  });

  it('closing the window hides it, says so once, and sending goes on; off in settings, closing quits', async () => {
    const sent: string[] = [];
    const connector: Connector<unknown> = {
      ...postingConnector(() => ''),
      send: (ctx) => {
        sent.push(ctx.lead.email);
        return Promise.resolve({ remoteId: 'r' });
      },
    };
    const s = await open({ connectors: [connector] });
    const win = s.e.windows[0]!;
    expect(win.isVisible()).toBe(true);

    win.close();
    expect(win.isDestroyed()).toBe(false);
    expect(win.isVisible()).toBe(false);
    expect(s.e.notifications.map((n) => n.options.title)).toEqual(['Zero Bad Leads is still running']);
    expect(s.e.notifications[0]!.options.body).toContain('notification area');

    const core = s.app.core!;
    const client = seedClient(core);
    seedIntegration(core, client);
    core.forTests.engine.enqueueLead(seedLead(core, client, { email: 'after-close@empresa.com.br' }));
    await until(s, () => sent.length === 1, 'the lead to be sent with the window closed');
    expect(sent).toEqual(['after-close@empresa.com.br']);
    expect(s.e.fake.app.quitted).toBe(false);

    // The tray opens it again; a second close says nothing more.
    s.e.trays[0]!.clickItem('Open Zero Bad Leads');
    expect(win.isVisible()).toBe(true);
    win.close();
    expect(s.e.notifications).toHaveLength(1);

    await s.e.fake.ipcMain.invoke('desktop:updateSettings', { closeToTray: false }, appFrame);
    s.e.windows[0]!.close();
    await s.time.flush();
    expect(s.e.windows).toHaveLength(0);
    expect(s.e.fake.app.quitted).toBe(true);
  });

  it('quitting with leads waiting asks first, says how many, and lets the running attempt finish', async () => {
    let release: (() => void) | null = null;
    let sends = 0;
    const connector: Connector<unknown> = {
      ...postingConnector(() => ''),
      send: () => {
        sends++;
        return new Promise((resolve) => (release = () => resolve({ remoteId: 'r' })));
      },
    };
    const s = await open({ connectors: [connector] });
    const core = s.app.core!;
    const client = seedClient(core);
    seedIntegration(core, client);
    const states: string[] = [];
    const [running] = core.forTests.engine.enqueueLead(seedLead(core, client));
    core.events.subscribe((event, payload) => {
      if (event !== 'dispatch:changed') return;
      for (const c of (payload as { changes: DispatchChange[] }).changes)
        if (c.id === running!.id) states.push(c.state);
    });
    await s.time.flush();
    core.forTests.engine.pause.pause();
    core.forTests.engine.enqueueLead(seedLead(core, client));
    core.forTests.engine.enqueueLead(seedLead(core, client));

    s.e.fake.dialog.responses.push(1);
    s.e.fake.app.quit();
    await s.time.flush();
    const asked = s.e.fake.dialog.messageBoxes.at(-1)!;
    expect(asked.message).toBe('3 leads are waiting to be sent.');
    expect(asked.detail).toContain('1 of them are being sent right now');
    expect(asked.buttons).toEqual(['Quit', 'Keep running']);
    expect(s.e.fake.app.quitted).toBe(false);
    expect(s.e.windows[0]!.isDestroyed()).toBe(false);

    s.e.fake.dialog.responses.push(0);
    s.e.fake.app.quit();
    await s.time.flush();
    // Waiting for the attempt in flight; nothing new starts meanwhile.
    expect(s.e.fake.app.quitted).toBe(false);
    core.forTests.engine.pause.resume();
    release!();
    await s.time.advance(SEC);
    expect(s.e.fake.app.quitted).toBe(true);
    expect(states.at(-1)).toBe('sent');
    // Resumed during the quit, yet the two waiting leads were not started: they go out at the next start.
    expect(sends).toBe(1);
    expect(core.forTests.sqlite.open).toBe(false);
  });

  it('quits at once when nothing waits', async () => {
    const s = await open();
    s.e.fake.app.quit();
    await s.time.flush();
    expect(s.e.fake.dialog.messageBoxes).toEqual([]);
    expect(s.e.fake.app.quitted).toBe(true);
  });

  it('tray: the state at a glance, pause and resume all sending', async () => {
    const s = await open({ connectors: [] });
    const tray = s.e.trays[0]!;
    expect(tray.labels()).toEqual([
      'Nothing waiting to be sent',
      '—',
      'Open Zero Bad Leads',
      'Pause all sending',
      '—',
      'Quit Zero Bad Leads',
    ]);
    tray.clickItem('Pause all sending');
    await s.time.advance(SEC);
    expect(s.app.core!.desktop.sending.pause.state().paused).toBe(true);
    expect(tray.labels()).toContain('Resume sending');
    expect(tray.labels()[0]).toBe('Sending paused');
    // The window learns it too, through the contract's event.
    expect(s.e.windows[0]!.webContents.sent.map((m) => m.channel)).toContain('sending:pauseChanged');
    tray.clickItem('Resume sending');
    await s.time.advance(SEC);
    expect(s.app.core!.desktop.sending.pause.state().paused).toBe(false);
    expect(tray.tooltip).toBe('Zero Bad Leads\nNothing waiting to be sent');

    // It speaks the app's language, and follows a change at once.
    await s.e.fake.ipcMain.invoke('settings:update', { language: 'pt-BR' }, appFrame);
    expect(tray.labels()).toContain('Pausar todos os envios');
    expect(tray.labels()[0]).toBe('Nada aguardando envio');
  });

  it('notifications: batched, per kind as set, and a click opens Logs filtered to them', async () => {
    const s = await open();
    const core = s.app.core!;
    const client = seedClient(core, 'Acme');
    const integ = seedIntegration(core, client);
    const error = (id: string) =>
      core.events.emit('dispatch:changed', {
        changes: [
          {
            id,
            clientId: client,
            leadId: id,
            integrationId: integ,
            state: 'error',
            attemptCount: 5,
            nextAttemptAt: null,
            heldReason: null,
            lastError: 'HTTP 500',
          },
        ],
      });
    for (let i = 0; i < 25; i++) error(`d${i}`);
    await s.time.advance(MIN);
    expect(s.e.notifications.map((n) => n.options)).toEqual([
      {
        title: 'Acme: 25 leads could not be sent',
        body: 'They ended in error after their retries. Click to see them in Logs.',
      },
    ]);
    const win = s.e.windows[0]!;
    win.hide();
    s.e.notifications[0]!.click();
    expect(win.isVisible()).toBe(true);
    expect(win.webContents.sent.filter((m) => m.channel === 'app:openLogs').map((m) => m.payload)).toEqual([
      { tab: 'attempts', filter: { clientId: client, integrationId: integ, states: ['error'] } },
    ]);

    await s.e.fake.ipcMain.invoke('desktop:updateSettings', { notifications: { errors: false } }, appFrame);
    error('later');
    await s.time.advance(10 * MIN);
    expect(s.e.notifications).toHaveLength(1);
  });

  it('badge: the count that needs attention on the dock or launcher, an overlay on Windows', async () => {
    const s = await open();
    expect(s.e.fake.app.badgeCount).toBe(0);
    const core = s.app.core!;
    const client = seedClient(core);
    const integ = seedIntegration(core, client);
    core.forTests.sqlite.prepare("UPDATE integrations SET status = 'needs_attention' WHERE id = ?").run(integ);
    core.events.emit('dispatch:integrationStatus', {
      integrationId: integ,
      clientId: client,
      status: 'needs_attention',
      reason: 'HTTP 401',
    });
    await s.time.advance(SEC);
    expect(s.e.fake.app.badgeCount).toBe(1);
    expect(s.e.trays[0]!.labels()).toContain('1 needs attention');
    s.cleanup();

    const w = await open({ platform: 'win32' });
    const c = w.app.core!;
    const other = seedIntegration(c, seedClient(c), { status: 'needs_attention' });
    c.events.emit('dispatch:integrationStatus', { integrationId: other, clientId: '', status: 'x', reason: null });
    await w.time.advance(SEC);
    expect(w.e.windows[0]!.overlay).toMatchObject({ description: '1 item needs attention' });
  });

  it('proposes starting at login once, at the first run, with the reason', async () => {
    const s = await open({ firstRun: true, answers: [0] });
    const [box] = s.e.fake.dialog.messageBoxes;
    expect(box).toMatchObject({ message: 'Start Zero Bad Leads when you log in to this computer?' });
    expect(box!.detail).toContain('Retries and the local intake API only run while the app runs');
    await s.time.flush();
    expect(s.e.fake.app.loginItem).toEqual({ openAtLogin: true });
    expect(s.prefs()).toMatchObject({ desktop: { openAtLogin: true, openAtLoginProposed: true } });
  });

  it('logs a stray exception or rejection with its context and keeps running', async () => {
    const s = await open();
    s.proc.emit('uncaughtException', new Error('boom in a callback'), 'uncaughtException');
    s.proc.emit('unhandledRejection', new Error('a promise nobody awaited'));
    const lines = logLines(s);
    expect(lines.find((l) => l.message === 'main: uncaught exception')).toMatchObject({
      error: 'boom in a callback',
      started: true,
    });
    expect(lines.find((l) => l.message === 'main: unhandled rejection')).toMatchObject({
      error: 'a promise nobody awaited',
    });
    expect(s.e.fake.app.exitCode).toBeNull();
    await expect(s.e.fake.ipcMain.invoke('settings:get', {}, appFrame)).resolves.toMatchObject({ ok: true });
  });

  it('reloads a page whose process died, says why in the log, and stops after repeated crashes', async () => {
    const s = await open();
    const win = s.e.windows[0]!;
    win.crash('crashed');
    expect(win.webContents.reloads).toBe(1);
    expect(logLines(s).find((l) => l.message === 'window: the page process ended')).toMatchObject({
      reason: 'crashed',
    });
    win.crash('oom');
    win.crash('killed');
    win.crash('crashed');
    expect(win.webContents.reloads).toBe(3);
  });
});

describe('start-up', () => {
  it('honours the development server only when not packaged', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(rendererSource(false, env)).toEqual({ url: 'http://localhost:5173', origin: 'http://localhost:5173' });
    expect(rendererSource(true, env)).toEqual({ url: 'app://app/index.html', origin: 'app://app' });
    expect(rendererSource(false, { ELECTRON_RENDERER_URL: 'https://evil.example' }).origin).toBe('app://app');
  });

  it('ignores the development server URL in a packaged app', async () => {
    const s = await open({ isPackaged: true, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } });
    expect(s.e.windows[0]!.loaded).toBe('app://app/index.html');
    await expect(
      s.e.fake.ipcMain.invoke('settings:get', {}, { url: 'http://localhost:5173/', parent: null }),
    ).resolves.toMatchObject({ ok: false });
  });

  it('chooses the native SQLite build per runtime', () => {
    expect(chooseNativeBinding({ isPackaged: true, appPath: '/app' }).path).toBeUndefined();
    expect(chooseNativeBinding({ isPackaged: false, appPath: '/src/zbl' }).path).toBe(
      '/src/zbl/native/electron/better_sqlite3.node',
    );
  });

  for (const [what, options] of [
    ['missing', { withoutNativeBuild: true }],
    ['built for another runtime', { brokenNativeBuild: true }],
  ] as const) {
    it(`shows what failed and what to do when Electron's SQLite build is ${what}, and logs it`, async () => {
      const s = await open(options);
      expect(s.app.core).toBeNull();
      expect(s.e.fake.app.exitCode).toBe(1);
      const [box] = s.e.fake.dialog.errorBoxes;
      expect(box!.title).toBe('Zero Bad Leads could not start');
      expect(box!.content).toContain('The database engine (SQLite, a compiled module) could not be loaded');
      expect(box!.content).toContain('npm run rebuild:electron');
      expect(box!.content).toContain(s.app.log.file);
      expect(logLines(s).find((l) => l.message === 'app: could not start')).toMatchObject({
        reason: 'native_module',
      });
      expect(s.e.windows).toHaveLength(0);
    });
  }
});
