import { expect, test } from './fixtures/test';
import { BridgeClient, LogsPageModel } from './pages/logs-page';

test.describe('Logs', () => {
  test('filter by state, read an attempt timeline, and retry or resend from the viewer', async ({
    app,
    host,
    page,
    acEmulator,
  }) => {
    const logs = new LogsPageModel(page);
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');

    // Dispatches made as the app makes them: a real integration against the AC emulator.
    const bridge = await BridgeClient.connect(host.url);
    try {
      const client = await bridge.call('clients:getCurrent', {});
      if (!client) throw new Error('no current client');
      const integration = await bridge.call('activecampaign:save', {
        clientId: client.id,
        apiKey: acEmulator.apiKey,
        config: { apiUrl: acEmulator.url, name: 'AC Marketing' },
      });
      await bridge.call('integrations:activate', { id: integration.id });
      const fault = async (rule: Record<string, unknown>) => {
        const res = await fetch(new URL('/__emulator/faults', acEmulator.url), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(rule),
        });
        expect(res.ok).toBe(true);
      };
      const sendTest = async () => {
        const { dispatchId } = await bridge.call('integrations:sendTestLead', { id: integration.id });
        return bridge.settled(dispatchId);
      };

      // AC's own rate limit, announced in its RateLimit-* headers on every answer.
      const limits = await fetch(new URL('/__emulator/config', acEmulator.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ratePerSecond: 5 }),
      });
      expect(limits.ok).toBe(true);
      expect((await sendTest()).state).toBe('sent');
      // AC refuses the contact once: a permanent error, ended at the first attempt.
      await fault({
        kind: 'status',
        status: 422,
        method: 'POST',
        path: '/contacts',
        times: 1,
        body: {
          errors: [
            { title: 'Email address is invalid', code: 'field_invalid', source: { pointer: '/data/attributes/email' } },
          ],
        },
      });
      const failed = await sendTest();
      expect(failed.state).toBe('error');
      // A 500 once: retried in a minute, as the guide's table says.
      await fault({ kind: 'status', status: 500, method: 'POST', path: '/contacts', times: 1 });
      const retrying = await sendTest();
      expect(retrying.state).toBe('retrying');

      await app.go('Logs');
      await expect(logs.heading).toBeVisible();
      await expect(logs.rows).toHaveCount(3);
      // One attempt was made and failed: the row says so, and when the next one comes.
      await expect(logs.row(/Retrying/).getByTestId('state-detail')).toHaveText(
        /^Attempt 1 failed, next at \d{1,2}:\d{2}\s?[AP]M$/,
      );
      await expect(logs.row(/Error/)).toContainText('422');
      await expect(logs.rows.first().getByTestId('test-marker')).toBeVisible();
      await app.screenshot('logs-page');

      // Filter by state; the filter survives leaving the page and coming back.
      await logs.filterStates(['Error']);
      await expect(logs.rows).toHaveCount(1);
      await expect(logs.rows.first()).toHaveAttribute('data-state', 'error');
      await app.go('Send Leads');
      await app.go('Logs');
      await expect(logs.rows).toHaveCount(1);
      await expect(logs.rows.first()).toHaveAttribute('data-state', 'error');

      // The detail: lead fields, the attempt with its calls (redacted), the guide's hint.
      const rowTime = await logs.rows.first().locator('td').first().innerText();
      const [time, date] = rowTime.split('\n');
      await logs.open(logs.rows.first());
      const drawer = logs.drawer;
      // The list's time and date are the drawer's date and time, written the same way.
      await expect(drawer.getByTestId('dispatch-summary')).toContainText(`${date}, ${time}`);
      await expect(drawer.getByTestId('dispatch-summary')).toContainText('Attempts made1 of 5');
      // The range by its name in the UI language, as everywhere else.
      await expect(drawer.getByTestId('lead-fields')).toContainText('RangeHigh');
      const failedLead = await bridge.call('logs:lead', { id: failed.leadId });
      await expect(drawer.getByTestId('lead-fields')).toContainText(failedLead.email);
      await expect(drawer.getByTestId('lead-fields')).toContainText('11.222.333/0001-81');
      await expect(drawer.getByTestId('attempt')).toHaveCount(1);
      await expect(drawer.getByTestId('attempt-timeline')).toContainText('Attempt 1 · Failed');
      await expect(drawer.getByTestId('attempt').first()).toContainText('HTTP 422');
      await expect(drawer.getByTestId('attempt').first()).toContainText('Email address is invalid');
      await expect(drawer.getByTestId('dispatch-hint')).toHaveText(/refused the data/);
      const call = drawer.getByTestId('recorded-call').filter({ hasText: '/api/3/contacts' }).first();
      await expect(call).toContainText('POST');
      await expect(call.getByTestId('request-body')).toContainText('"email"');
      await call.getByRole('button', { name: 'Show response' }).click();
      const response = call.getByTestId('response-excerpt');
      await expect(response).toContainText('field_invalid');
      // The CRM's JSON is indented and wrapped inside the card, never wider than it.
      await expect(response).toContainText('"code": "field_invalid"');
      await response.scrollIntoViewIfNeeded();
      const overflow = await response.evaluate((el: { scrollWidth: number; clientWidth: number }) => {
        return el.scrollWidth - el.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(drawer).not.toContainText(acEmulator.apiKey);
      await app.screenshot('logs-drawer-error', { fullPage: false });

      // Resend: the fault is used up, so the new dispatch is delivered; the drawer follows it live.
      await drawer.getByRole('button', { name: 'Resend' }).click();
      await expect(drawer.getByText('A new dispatch was queued for this lead.')).toBeVisible();
      await expect(drawer.getByTestId('state-badge').first()).toHaveText('Sent');
      await expect(drawer.getByTestId('attempt-timeline')).toContainText('Attempt 1 · Sent');
      // The CRM's limits under plain labels, the raw header only on hover.
      const facts = drawer.getByTestId('rate-fact');
      await expect(facts.first()).toHaveText(/^Requests left: \d+ of 5$/);
      await expect(facts.first()).toHaveAttribute('title', /^ratelimit-remaining: \d+, ratelimit-limit: 5$/);
      await expect(drawer.getByTestId('rate-headers')).not.toContainText('ratelimit-');
      await app.screenshot('logs-drawer-sent', { fullPage: false });
      await logs.closeDrawer();

      // Retry now on the retrying one, without waiting for its minute.
      await logs.clearFilters();
      await logs.filterStates(['Retrying']);
      await expect(logs.rows).toHaveCount(1);
      await logs.open(logs.rows.first());
      await expect(drawer.getByTestId('attempt-hint').first()).toHaveText(
        /did not answer, or had a temporary problem.*retried automatically/,
      );
      await app.screenshot('logs-drawer-retrying', { fullPage: false });
      await drawer.getByRole('button', { name: 'Retry now' }).click();
      await expect(drawer.getByTestId('state-badge').first()).toHaveText('Sent');
      await expect(drawer.getByTestId('attempt')).toHaveCount(2);
      await logs.closeDrawer();
      // The list followed the engine: nothing is retrying any more.
      await expect(logs.rows).toHaveCount(0);
      await logs.clearFilters();
      await expect(logs.rows).toHaveCount(4);
      await expect(logs.row(/Sent/)).toHaveCount(3);

      // Search by e-mail: the failed lead's two dispatches (the error and its resend).
      await logs.search(failedLead.email.toUpperCase());
      await expect(logs.rows).toHaveCount(2);
      await logs.search('nobody-has-this');
      await expect(page.getByText('No dispatch matches these filters.')).toBeVisible();
    } finally {
      bridge.close();
    }
  });
});
