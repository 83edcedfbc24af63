import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { ELECTRON_API_GLOBAL } from '#contract/bridge';
import { AcEmulatorProcess } from '../e2e/fixtures/ac-emulator';
import { electronRuntime } from './runtime';

const ROOT = join(__dirname, '..', '..');
const runtime = electronRuntime();

test.skip(!runtime.ok, `Electron's runtime is not installed here: ${runtime.ok ? '' : runtime.why}`);

/** A contract call from the page, through the preload, exactly as the interface makes it. */
async function invoke<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    ([global, ch, inp]) =>
      (Reflect.get(globalThis, global) as { invoke(c: string, i: unknown): Promise<unknown> }).invoke(ch, inp),
    [ELECTRON_API_GLOBAL, channel, input] as const,
  );
  const envelope = result as { ok: boolean; value?: T; error?: unknown };
  if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

test('the desktop app keeps sending with its window closed, from the tray, and quits', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'zbl-electron-'));
  mkdirSync(dataDir, { recursive: true });
  // Starting at login was already answered: a native dialog cannot be clicked from here.
  writeFileSync(
    join(dataDir, 'preferences.json'),
    JSON.stringify({ language: 'en', desktop: { openAtLoginProposed: true } }),
  );
  const crm = new AcEmulatorProcess();
  await crm.start();
  let app: ElectronApplication | null = null;
  try {
    app = await electron.launch({
      args: [join(ROOT, 'out', 'main', 'index.js')],
      cwd: ROOT,
      env: { ...process.env, ZBL_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' },
    });
    const page = await app.firstWindow();
    await expect(page).toHaveURL('app://app/index.html');

    // A first client, as a new user creates it.
    const firstRun = page.getByTestId('first-run');
    await firstRun.getByLabel('Client name').fill('Acme Desktop');
    await firstRun.getByRole('button', { name: 'Create first client' }).click();
    await expect(page.getByRole('navigation')).toBeVisible();
    const clients = await invoke<Array<{ id: string; name: string }>>(page, 'clients:list', {});
    const client = clients.find((c) => c.name === 'Acme Desktop')!;
    const integration = await invoke<{ id: string }>(page, 'activecampaign:save', {
      clientId: client.id,
      apiKey: crm.apiKey,
      config: { apiUrl: crm.url, name: 'ActiveCampaign' },
    });
    await invoke(page, 'integrations:activate', { id: integration.id });

    // Closing the window hides it; the tray stays.
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
    await expect
      .poll(() => app!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isVisible())))
      .toEqual([false]);
    const tray = await app.evaluate(() => {
      const desktop = Reflect.get(globalThis, Symbol.for('zbl.desktop')) as {
        tray: { tooltip: string; tray: { isDestroyed(): boolean } } | null;
      };
      return desktop.tray ? { destroyed: desktop.tray.tray.isDestroyed(), tooltip: desktop.tray.tooltip } : null;
    });
    expect(tray).toMatchObject({ destroyed: false, tooltip: expect.stringContaining('Zero Bad Leads') });

    // A lead queued now still reaches the CRM.
    const email = `desktop.${Date.now()}@acme.com.br`;
    const created = await invoke<{ dispatches: number }>(page, 'leads:create', {
      clientId: client.id,
      lead: {
        fullName: 'Maria Souza',
        email,
        phone: '+55 11 91234-5678',
        company: 'Acme Ltda',
        cnpj: '11.222.333/0001-81',
        jobTitle: 'Diretora de Marketing',
      },
    });
    expect(created.dispatches).toBe(1);
    await expect.poll(() => crm.contact(email).then((c) => c?.email ?? null)).toBe(email);

    // Quit: nothing waits any more, so it quits without asking.
    const closed = app.waitForEvent('close');
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    await closed;
    app = null;
  } finally {
    await app?.close();
    await crm.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
