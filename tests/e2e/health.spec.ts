import { expect, test } from './fixtures/test';
import { BridgeClient, DispatchMaker, LogsPageModel } from './pages/logs-page';

test.describe('Client health', () => {
  test('counts outcomes per client, lists what needs attention, and leads to the dispatches', async ({
    app,
    host,
    page,
    acEmulator,
  }) => {
    const logs = new LogsPageModel(page);
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');

    const bridge = await BridgeClient.connect(host.url);
    try {
      const acme = await bridge.call('clients:getCurrent', {});
      if (!acme) throw new Error('no current client');
      const beta = await bridge.call('clients:create', { name: 'Beta Foods' });
      const make = new DispatchMaker(bridge, acEmulator);
      const acmeAc = await make.connect(acme.id, 'AC Acme');
      const betaAc = await make.connect(beta.id, 'AC Beta');

      expect((await make.sendTest(acmeAc)).state).toBe('sent');
      expect((await make.sendTest(acmeAc)).state).toBe('sent');
      expect((await make.failOnce(acmeAc)).state).toBe('error');
      expect((await make.retryOnce(acmeAc)).state).toBe('retrying');
      // Beta's integration is paused while a lead waits for its retry: the lead is held.
      expect((await make.retryOnce(betaAc)).state).toBe('retrying');
      expect((await bridge.call('dispatch:pauseIntegration', { integrationId: betaAc })).moved).toBe(1);

      await app.go('Logs');
      await logs.openTab('Client health');
      const acmeCard = logs.healthClient('Acme Dental');
      await expect(acmeCard.getByTestId('count-sent').first()).toHaveText('2');
      await expect(acmeCard.getByTestId('count-error').first()).toHaveText('1');
      await expect(acmeCard.getByTestId('count-retrying').first()).toHaveText('1');
      await expect(acmeCard.getByText('1 new error')).toBeVisible();
      // Today's bar holds all four (the chart's last column).
      await expect(acmeCard.getByTestId('health-chart').locator('g').last()).toContainText(
        '2 sent, 1 errors, 1 retrying',
      );
      const betaCard = logs.healthClient('Beta Foods');
      await expect(betaCard.getByTestId('count-sent').first()).toHaveText('0');
      await expect(logs.attention).toHaveCount(2);
      await expect(logs.attention.filter({ hasText: 'AC Beta is paused' })).toContainText('1 lead waiting');
      await expect(logs.attention.filter({ hasText: '1 dispatch ended in error in the last 30 days' })).toContainText(
        'Acme Dental',
      );
      await app.screenshot('logs-health');

      // Reviewing the errors opens them in the Attempts tab and marks them seen.
      await logs.attention.filter({ hasText: 'ended in error' }).getByRole('button', { name: 'Review errors' }).click();
      await expect(logs.tab('Attempts')).toHaveAttribute('aria-selected', 'true');
      await expect(logs.rows).toHaveCount(1);
      await expect(logs.rows.first()).toHaveAttribute('data-state', 'error');
      await logs.clearFilters();
      await logs.openTab('Client health');
      await expect(logs.attention).toHaveCount(1);
      await expect(logs.healthClient('Acme Dental').getByText('1 new error')).toBeHidden();

      // Live: a new failure shows up without reloading.
      expect((await make.failOnce(acmeAc)).state).toBe('error');
      await expect(logs.attention).toHaveCount(2);
      await expect(logs.attention.filter({ hasText: /^1 dispatch ended in error since / })).toContainText(
        'Acme Dental',
      );
      await expect(logs.healthClient('Acme Dental').getByTestId('count-error').first()).toHaveText('2');

      // A client's card opens its dispatches.
      await logs.healthClient('Beta Foods').getByRole('button', { name: 'Show dispatches', exact: true }).click();
      await expect(logs.tab('Attempts')).toHaveAttribute('aria-selected', 'true');
      await expect(logs.rows).toHaveCount(1);
      await expect(logs.rows.first()).toHaveAttribute('data-state', 'held');
      await expect(page.getByRole('search').getByLabel('Client', { exact: true })).toHaveValue('Beta Foods');
    } finally {
      bridge.close();
    }
  });
});
