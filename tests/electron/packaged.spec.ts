import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { ELECTRON_API_GLOBAL } from '#contract/bridge';
import { AcEmulatorProcess } from '../e2e/fixtures/ac-emulator';

/**
 * The installed app, before a release is published: the packaged executable (its fuses on, so no
 * Node inspector to drive it) started as a user would, its window reached over Chromium's DevTools
 * protocol. `ZBL_PACKAGED_APP` is its path (scripts/packaged-app.mjs finds it after electron-builder).
 */
const executable = process.env.ZBL_PACKAGED_APP ?? '';

test.skip(executable === '', 'ZBL_PACKAGED_APP is not set: no packaged app to start (the release workflow sets it)');

const DEVTOOLS_LINE = /DevTools listening on (ws:\/\/\S+)/;

/** Starts the app and answers the address of its DevTools endpoint once Chromium prints it. */
function launch(dataDir: string): Promise<{ child: ChildProcess; endpoint: string }> {
  const child = spawn(executable, ['--remote-debugging-port=0'], {
    env: { ...process.env, ZBL_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The app did not open DevTools in time:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = DEVTOOLS_LINE.exec(output);
      if (!found) return;
      clearTimeout(timer);
      resolve({ child, endpoint: found[1]! });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The app exited (${code}) before it opened:\n${output}`));
    });
  });
}

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

test('the packaged app opens, creates a client, sends a lead to the CRM, and says how it updates', async () => {
  expect(existsSync(executable), executable).toBe(true);
  const dataDir = mkdtempSync(join(tmpdir(), 'zbl-packaged-'));
  // Starting at login was already answered: a native dialog cannot be clicked from here.
  writeFileSync(
    join(dataDir, 'preferences.json'),
    JSON.stringify({ language: 'en', desktop: { openAtLoginProposed: true } }),
  );
  const crm = new AcEmulatorProcess();
  await crm.start();
  let child: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    const started = await launch(dataDir);
    child = started.child;
    browser = await chromium.connectOverCDP(started.endpoint);
    await expect.poll(() => browser!.contexts().flatMap((c) => c.pages()).length).toBeGreaterThan(0);
    const page = browser.contexts().flatMap((c) => c.pages())[0]!;
    await expect(page).toHaveURL('app://app/index.html');

    const firstRun = page.getByTestId('first-run');
    await firstRun.getByLabel('Client name').fill('Acme Packaged');
    await firstRun.getByRole('button', { name: 'Create first client' }).click();
    await expect(page.getByRole('navigation')).toBeVisible();

    // SQLite's native module, the vault and the dispatch engine work inside the package.
    const clients = await invoke<Array<{ id: string; name: string }>>(page, 'clients:list', {});
    const client = clients.find((c) => c.name === 'Acme Packaged')!;
    const integration = await invoke<{ id: string }>(page, 'activecampaign:save', {
      clientId: client.id,
      apiKey: crm.apiKey,
      config: { apiUrl: crm.url, name: 'ActiveCampaign' },
    });
    await invoke(page, 'integrations:activate', { id: integration.id });
    const email = `packaged.${Date.now()}@acme.com.br`;
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

    // A backup can be taken, and the packaged app knows where its updates come from.
    await invoke(page, 'backup:create', {});
    const updates = await invoke<{ state: string; reason: string | null }>(page, 'updates:status', {});
    expect(updates.reason).not.toBe('development');
  } finally {
    await browser?.close().catch(() => undefined);
    child?.kill();
    await crm.stop();
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
  }
});
