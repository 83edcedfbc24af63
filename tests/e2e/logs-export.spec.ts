import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BridgeGate } from './fixtures/bridge-gate';
import { expect, test } from './fixtures/test';
import { BridgeClient, DispatchMaker, LogsPageModel } from './pages/logs-page';

const BULK_ROWS = 60_000;

/**
 * Many dispatches written straight into the host's database (WAL lets a second connection write
 * while it runs), so an export has pages of progress to show. Under their own client, so the first
 * client's export stays small.
 */
function insertBulk(dataDir: string, count: number): void {
  const db = new Database(join(dataDir, 'zero-bad-leads.db'));
  try {
    db.pragma('busy_timeout = 10000');
    const now = Date.now();
    const clientId = randomUUID();
    const integrationId = randomUUID();
    db.prepare('INSERT INTO clients (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
      clientId,
      'Bulk Co',
      'bulk co',
      now,
      now,
    );
    db.prepare(
      `INSERT INTO integrations (id, client_id, type, name, status, config, created_at, updated_at)
       VALUES (?, ?, 'webhook', 'Bulk hook', 'inactive', '{}', ?, ?)`,
    ).run(integrationId, clientId, now, now);
    const lead = db.prepare(
      `INSERT INTO leads (id, client_id, full_name, email, email_key, received_at, qualified, is_test, created_at,
         updated_at) VALUES (?, ?, 'Bulk Lead', ?, ?, ?, 1, 0, ?, ?)`,
    );
    const dispatch = db.prepare(
      `INSERT INTO dispatches (id, client_id, lead_id, integration_id, state, attempt_count, is_test, created_at,
         updated_at) VALUES (?, ?, ?, ?, 'sent', 1, 0, ?, ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const leadId = randomUUID();
        const at = now - 86_400_000 - i * 1000;
        lead.run(leadId, clientId, `bulk${i}@empresa.com.br`, `bulk${i}@empresa.com.br`, at, at, at);
        dispatch.run(randomUUID(), clientId, leadId, integrationId, at, at);
      }
    })();
  } finally {
    db.close();
  }
}

test.describe('Logs export', () => {
  test('exports the filtered view as a CSV for Excel, without secrets; a long export shows progress and cancels', async ({
    app,
    host,
    page,
    acEmulator,
  }) => {
    test.setTimeout(180_000);
    const logs = new LogsPageModel(page);
    const gate = await BridgeGate.install(page);
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');

    const bridge = await BridgeClient.connect(host.url);
    let leadEmails: string[];
    try {
      const acme = await bridge.call('clients:getCurrent', {});
      if (!acme) throw new Error('no current client');
      const make = new DispatchMaker(bridge, acEmulator);
      const ac = await make.connect(acme.id, 'AC Marketing');
      const made = [await make.sendTest(ac), await make.failOnce(ac), await make.retryOnce(ac)];
      expect(made.map((d) => d.state)).toEqual(['sent', 'error', 'retrying']);
      leadEmails = await Promise.all(made.map(async (d) => (await bridge.call('logs:lead', { id: d.leadId })).email));
    } finally {
      bridge.close();
    }

    await app.go('Logs');
    await expect(logs.rows).toHaveCount(3);
    const downloading = page.waitForEvent('download');
    await logs.exportButton.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^zero-bad-leads-logs-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());
    await expect(logs.exportOutcome).toContainText('(3 rows)');

    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(Buffer.from(acEmulator.apiKey))).toBe(false);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'Time;Client;Integration;Lead name;E-mail;State;Attempt;Next attempt;Last status code;Message;Error class',
    );
    const body = lines.slice(1, -1);
    expect(body).toHaveLength(3);
    // Newest first: retrying, error, sent.
    const byEmail = (email: string) => body.find((l) => l.includes(email)) ?? '';
    expect(body.map((l) => l.split(';')[5])).toEqual(['Retrying', 'Error', 'Sent']);
    expect(byEmail(leadEmails[1]!)).toMatch(/;Error;1 of 5;;422;/);
    expect(byEmail(leadEmails[2]!)).toMatch(/;Retrying;2 of 5;\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2};500;/);
    expect(byEmail(leadEmails[0]!)).toContain(';Acme Dental;AC Marketing;');
    await logs.exportOutcome.getByRole('button', { name: 'Close' }).click();

    // A long export: progress while it writes, and cancel stops it without a download. The page
    // is kept from hearing that the file is ready, so cancel may reach a core that already finished.
    insertBulk(host.dataDir, BULK_ROWS);
    await page.getByRole('search').getByLabel('Client', { exact: true }).click();
    await page.getByRole('option', { name: 'All clients' }).click();
    let downloads = 0;
    page.on('download', () => downloads++);
    const total = (BULK_ROWS + 3).toLocaleString('en');
    gate.holdEvents('exports:ready');
    await logs.exportButton.click();
    await expect(logs.exportProgress).toContainText(new RegExp(`\\d[\\d,]* of about ${total} rows`));
    await expect(logs.exportButton).toBeDisabled();
    await app.screenshot('logs-export-progress', { fullPage: false });
    await logs.exportProgress.getByRole('button', { name: 'Cancel export' }).click();
    gate.release();
    await expect(logs.exportOutcome).toHaveText('Export cancelled.');
    await expect(logs.exportProgress).toBeHidden();
    await expect(logs.exportButton).toBeEnabled();
    await logs.exportOutcome.getByRole('button', { name: 'Close' }).click();

    // Cancel while the page fetches the finished file: nothing is saved either.
    gate.holdCalls('exports:read');
    await logs.exportButton.click();
    await expect(logs.exportProgress).toContainText('Downloading the file…', { timeout: 60_000 });
    expect(gate.waiting).toBe(1);
    await logs.exportProgress.getByRole('button', { name: 'Cancel export' }).click();
    gate.release();
    await expect(logs.exportOutcome).toHaveText('Export cancelled.');
    await expect(logs.exportButton).toBeEnabled();
    expect(downloads).toBe(0);
    await logs.exportOutcome.getByRole('button', { name: 'Close' }).click();

    // Leaving the page does not lose a running export: it finishes and downloads all the same.
    const saved = page.waitForEvent('download', { timeout: 120_000 });
    await logs.exportButton.click();
    await expect(logs.exportProgress).toBeVisible();
    await app.go('Send Leads');
    await app.go('Logs');
    await saved;
    await expect(logs.exportOutcome).toContainText(`(${total} rows)`, { timeout: 60_000 });
    expect(downloads).toBe(1);
  });
});
