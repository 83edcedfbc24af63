import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { WebhookReceiverProcess } from './fixtures/webhook-receiver';
import { expect, test as base } from './fixtures/test';
import { BridgeClient, LogsPageModel } from './pages/logs-page';

const test = base.extend<{ receiver: WebhookReceiverProcess }>({
  // Playwright reads the fixtures a fixture needs from this pattern; this one needs none.
  // eslint-disable-next-line no-empty-pattern
  receiver: async ({}, use) => {
    const receiver = new WebhookReceiverProcess();
    try {
      await receiver.start();
      await use(receiver);
    } finally {
      await receiver.stop();
    }
  },
});

const FAILED = 300;

/** Scripts the receiver's next answers (`/__receiver/respond`). */
async function respond(receiver: WebhookReceiverProcess, rule: Record<string, unknown>): Promise<void> {
  const res = await fetch(new URL('/__receiver/respond', receiver.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(rule),
  });
  expect(res.ok).toBe(true);
}

/** A client with an active webhook integration whose receiver verifies every delivery's signature. */
async function webhookClient(bridge: BridgeClient, receiver: WebhookReceiverProcess) {
  const client = await bridge.call('clients:getCurrent', {});
  if (!client) throw new Error('no current client');
  const saved = await bridge.call('webhook:save', {
    clientId: client.id,
    config: { name: 'Clinic CRM', url: receiver.url },
  });
  if (!saved.signingSecret) throw new Error('no signing secret');
  await receiver.setSecrets([saved.signingSecret]);
  await bridge.call('integrations:activate', { id: saved.id });
  return { clientId: client.id, integrationId: saved.id };
}

async function createLeads(bridge: BridgeClient, clientId: string, prefix: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await bridge.call('leads:create', {
      clientId,
      lead: {
        fullName: `${prefix} ${i}`,
        email: `${prefix.toLowerCase()}${i}@northwind.com.br`,
        phone: '(11) 98765-4321',
        company: `Clinica ${i % 9}`,
        cnpj: '11.222.333/0001-81',
        state: 'SP',
      },
    });
  }
}

/** How many of the client's dispatches are in these states, as the core counts them. */
async function countIn(bridge: BridgeClient, clientId: string, states: Array<'sent' | 'error' | 'cancelled' | 'held'>) {
  return (await bridge.call('logs:bulkPreview', { clientId, states })).total;
}

/** The same WCAG 2.1 AA checks as every page (serious and critical findings), on one part of it. */
async function expectAccessible(page: Page, selector: string): Promise<void> {
  const axe = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

/** Records every text the progress display shows, however briefly (a few hundred dispatches take a moment). */
async function watchProgress(page: Page): Promise<() => Promise<string[]>> {
  // A string: the spec is compiled for Node, the script runs in the page.
  await page.evaluate(`(() => {
    const seen = [];
    window.bulkProgressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="bulk-progress"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  })()`);
  return () => page.evaluate<string[]>('window.bulkProgressSeen');
}

test.describe('Logs bulk actions', () => {
  test('resend every failed dispatch the filters match: selection, confirmation, progress, summary', async ({
    app,
    host,
    page,
    receiver,
  }) => {
    test.setTimeout(240_000);
    const logs = new LogsPageModel(page);
    await app.open(host.url);
    await app.createFirstClient('Northwind Clinics');
    const bridge = await BridgeClient.connect(host.url);
    try {
      const { clientId } = await webhookClient(bridge, receiver);
      // The CRM refuses the next 300 leads (a permanent error: no retries), then takes what follows.
      await respond(receiver, { kind: 'status', status: 422, body: '{"error":"invalid lead"}', times: FAILED });
      await createLeads(bridge, clientId, 'Paciente', FAILED);
      await expect.poll(() => countIn(bridge, clientId, ['error']), { timeout: 90_000 }).toBe(FAILED);
      await createLeads(bridge, clientId, 'Aceito', 3);
      await expect.poll(() => countIn(bridge, clientId, ['sent']), { timeout: 30_000 }).toBe(3);

      await app.go('Logs');
      await logs.filterStates(['Error']);
      await expect(logs.rows.first()).toBeVisible();
      // Only a page of rows is loaded; the selection is every dispatch the filters match.
      expect(await logs.rows.count()).toBeLessThan(FAILED);

      // Ctrl+A with the table focused selects all matching.
      await logs.rows.first().focus();
      await page.keyboard.press('Control+A');
      const bar = page.getByRole('region', { name: 'Selected dispatches' });
      await expect(bar.getByTestId('bulk-selected')).toHaveText(
        'All 300 dispatches matching these filters are selected',
      );
      await expect(bar.getByRole('button', { name: 'Resend 300' })).toBeEnabled();
      await expect(bar.getByRole('button', { name: 'Cancel 0' })).toBeDisabled();
      await app.screenshot('logs-bulk-selection', { fullPage: false });
      await expectAccessible(page, '[data-testid="bulk-bar"]');

      // Shift+R asks to resend, with the count.
      await page.keyboard.press('Shift+R');
      const confirm = page.getByRole('dialog', { name: 'Resend 300 dispatches?' });
      await expect(confirm).toBeVisible();
      await expect(confirm).toContainText('Each failed lead is sent again to its integration as a new dispatch');
      await app.screenshot('logs-bulk-confirm', { fullPage: false });
      await expectAccessible(page, '[data-testid="bulk-confirm"]');

      const progressSeen = await watchProgress(page);
      // The confirmation's button has the focus: Enter resends.
      await expect(confirm.getByRole('button', { name: 'Resend 300' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(confirm).toBeHidden();
      const summary = page.getByTestId('bulk-summary');
      await expect(summary).toContainText('Resend finished');
      await expect(summary).toContainText('300 resent.');
      await expect(bar).toBeHidden();
      await app.screenshot('logs-bulk-summary', { fullPage: false });

      // Progress was shown while it ran, and the core reported it batch by batch.
      expect(
        (await progressSeen()).some((text) => /^(Finding the selected dispatches…|Resending: \d+ of 300)$/.test(text)),
      ).toBe(true);
      const progress = bridge.events('dispatch:bulkProgress').filter((p) => p.action === 'resend');
      expect(progress.at(-1)).toMatchObject({ done: 300, total: 300, finished: true, summary: { applied: 300 } });
      const done = progress.map((p) => p.done);
      expect(done).toEqual([...done].sort((a, b) => a - b));

      // They really are sent again: the CRM receives all 300, verified, and the failed ones stay as history.
      await expect.poll(() => countIn(bridge, clientId, ['sent']), { timeout: 90_000 }).toBe(FAILED + 3);
      const accepted = (await receiver.deliveries()).filter((d) => d.answer === 200);
      expect(accepted).toHaveLength(FAILED + 3);
      expect(await countIn(bridge, clientId, ['error'])).toBe(FAILED);

      // A second resend finds nothing left to resend: each was resent already.
      await page.getByTestId('bulk-select-all').click();
      await expect(bar.getByRole('button', { name: 'Resend 0' })).toBeDisabled();
      await page.keyboard.press('Escape');
      await bar.getByRole('button', { name: 'Clear selection' }).click();
      await expect(bar).toBeHidden();
    } finally {
      bridge.close();
    }
  });

  test('cancel what still waits, leaving what was sent: the confirmation says what is skipped', async ({
    app,
    host,
    page,
    receiver,
  }) => {
    test.setTimeout(120_000);
    await app.open(host.url);
    await app.createFirstClient('Northwind Clinics');
    const bridge = await BridgeClient.connect(host.url);
    try {
      const { clientId, integrationId } = await webhookClient(bridge, receiver);
      await createLeads(bridge, clientId, 'Enviado', 3);
      await expect.poll(() => countIn(bridge, clientId, ['sent']), { timeout: 30_000 }).toBe(3);
      // A campaign's leads arrive while the integration is paused: they wait, held.
      await bridge.call('dispatch:pauseIntegration', { integrationId });
      await createLeads(bridge, clientId, 'Espera', 40);
      expect(await countIn(bridge, clientId, ['held'])).toBe(40);

      await app.go('Logs');
      await page.getByTestId('bulk-select-all').click();
      const bar = page.getByRole('region', { name: 'Selected dispatches' });
      await expect(bar.getByTestId('bulk-selected')).toHaveText(
        'All 43 dispatches matching these filters are selected',
      );
      // Retrying now does not apply to held dispatches; the button says why when hovered.
      await expect(bar.getByRole('button', { name: 'Retry 0 now' })).toBeDisabled();
      await bar.getByRole('button', { name: 'Cancel 40' }).click();

      const confirm = page.getByRole('dialog', { name: 'Cancel 40 dispatches?' });
      await expect(confirm.getByTestId('bulk-confirm-skipped')).toHaveText(
        '3 of the 43 selected are left as they are: 3 already sent.',
      );
      await expect(confirm.getByRole('button', { name: 'Go back' })).toBeFocused();
      await app.screenshot('logs-bulk-cancel-confirm', { fullPage: false });
      await confirm.getByRole('button', { name: 'Cancel 40' }).click();
      await expect(page.getByTestId('bulk-summary')).toContainText('40 cancelled, 3 skipped: 3 already sent.');
      await app.screenshot('logs-bulk-cancel-summary', { fullPage: false });

      expect(await countIn(bridge, clientId, ['cancelled'])).toBe(40);
      // Resuming sends nothing of what was cancelled.
      await bridge.call('dispatch:resumeIntegration', { integrationId });
      await expect.poll(() => countIn(bridge, clientId, ['held'])).toBe(0);
      expect((await receiver.deliveries()).length).toBe(3);
      await expect(page.getByTestId('log-row').filter({ hasText: 'Cancelled' })).not.toHaveCount(0);

      // In Portuguese: the selection bar and the summary of a second cancel, which finds nothing left to cancel.
      await bridge.call('settings:update', { language: 'pt-BR' });
      await page.getByRole('button', { name: 'Selecionar todos' }).click();
      const barPt = page.getByRole('region', { name: 'Envios selecionados' });
      await expect(barPt.getByTestId('bulk-selected')).toHaveText(
        'Todos os 43 envios que atendem a estes filtros estão selecionados',
      );
      await expect(barPt.getByRole('button', { name: 'Cancelar 0' })).toBeDisabled();
      await app.screenshot('logs-bulk-selection-pt-BR', { fullPage: false });
    } finally {
      bridge.close();
    }
  });
});
