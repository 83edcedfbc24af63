import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/test';
import { BridgeClient, DispatchMaker, LogsPageModel } from './pages/logs-page';

const LEADS = 600;

/** Drives the emulator in its own process (imports wait until told, so the drain can be watched). */
async function emulatorControl(url: string, path: string, body: unknown = {}): Promise<void> {
  const res = await fetch(new URL(`/__emulator${path}`, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.ok).toBe(true);
}

test('a backlog drains in bulk: Send Leads and Logs show the batches, the time left and the limit in use', async ({
  app,
  host,
  page,
  acEmulator,
}) => {
  const logs = new LogsPageModel(page);
  await app.open(host.url);
  await app.createFirstClient('Northwind Clinics');

  const bridge = await BridgeClient.connect(host.url);
  try {
    const client = await bridge.call('clients:getCurrent', {});
    if (!client) throw new Error('no current client');
    const integrationId = await new DispatchMaker(bridge, acEmulator).connect(client.id, 'AC Marketing');
    await emulatorControl(acEmulator.url, '/config', { importProcessing: 'manual' });
    // A campaign's leads arrive while the integration is paused: when it resumes, they are a backlog.
    await bridge.call('dispatch:pauseIntegration', { integrationId });
    for (let i = 0; i < LEADS; i++) {
      await bridge.call('leads:create', {
        clientId: client.id,
        lead: {
          fullName: `Paciente ${i}`,
          email: `paciente${i}@northwind.com.br`,
          phone: '(11) 98765-4321',
          company: `Clinica ${i % 9}`,
          cnpj: '11.222.333/0001-81',
          state: 'SP',
        },
      });
    }
    await bridge.call('dispatch:resumeIntegration', { integrationId });

    await app.go('Send Leads');
    const item = app.sendLeads.item('AC Marketing');
    const backlog = item.getByTestId('backlog');
    await expect(backlog).toBeVisible();
    await expect(backlog.getByTestId('backlog-mode')).toHaveText('Sending in bulk: batch 1 of 3');
    await expect(backlog.getByTestId('backlog-counts')).toHaveText('600 being sent');
    // None of the three batches is done yet.
    await expect(backlog.getByRole('progressbar', { name: 'Batches sent' })).toHaveAttribute('aria-valuenow', '0');
    await expect(backlog.getByTestId('backlog-limit')).toContainText(
      /^\d+% of the account’s limit \(5 requests a second\)$/,
    );
    await app.screenshot('backlog-send-leads');
    // The display passes the same WCAG 2.1 AA checks as every page (serious and critical findings).
    const axe = await new AxeBuilder({ page })
      .include('[data-testid="backlog"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    await app.go('Logs');
    const panel = page.getByRole('region', { name: 'Sending now' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('group', { name: 'Queue of AC Marketing' })).toContainText(
      'Sending in bulk: batch 1 of 3',
    );
    await app.screenshot('backlog-logs', { fullPage: false });

    // The CRM works through the imports: everything is sent, and the display steps aside.
    await emulatorControl(acEmulator.url, '/imports/process');
    await expect(panel).toBeHidden({ timeout: 30_000 });
    await expect
      .poll(async () => (await bridge.call('dispatch:backlog', { clientId: client.id })).length, { timeout: 30_000 })
      .toBe(0);
  } finally {
    bridge.close();
  }

  // Each lead's attempt says which batch carried it, with the batch's status.
  await logs.open(logs.rows.first());
  const attempt = logs.drawer.getByTestId('attempt').first();
  await expect(attempt.getByTestId('attempt-bulk')).toContainText(/^Import #\d+completed · \d+ leads in the import$/);
  await expect(attempt).toContainText('Import the contacts in bulk');
  await app.screenshot('backlog-attempt', { fullPage: false });
});
