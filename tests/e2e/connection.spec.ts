import { expect, test } from './fixtures/test';

test.describe('connection to the headless host', () => {
  test('without the token the page explains what to open, and the bridge refuses it', async ({ app, host, page }) => {
    await page.goto(host.urlWithoutToken);
    const screen = page.getByTestId('connection-missing-token');
    await expect(screen.getByRole('heading', { name: 'Missing access key' })).toBeVisible();
    await expect(screen).toContainText('Open the URL printed by the app');
    await app.screenshot('missing-token');

    // The same attempt the client would make, without a token: the host refuses the upgrade.
    const bridgeWithoutToken = `${new URL(host.url).origin.replace(/^http/, 'ws')}/bridge`;
    const outcome = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(url);
          ws.onopen = () => resolve('open');
          ws.onclose = () => resolve('closed');
        }),
      bridgeWithoutToken,
    );
    expect(outcome).toBe('closed');
    await expect(screen).toBeVisible();
  });

  test('the token leaves the address bar but survives a reload', async ({ app, host, page }) => {
    await app.open(host.url);
    expect(page.url()).not.toContain('token');
    await page.reload();
    await expect(page.getByTestId('first-run')).toBeVisible();
  });

  test('a lost connection is announced, and a restarted host asks for its new URL', async ({ app, host, page }) => {
    await app.open(host.url);
    await host.stop();
    const lost = page.getByRole('dialog', { name: 'Connection lost' });
    await expect(lost).toBeVisible();
    await expect(lost).toContainText('open the new URL it printed');
    await app.screenshot('connection-lost');

    // Same port, new token: the page's own retries reach the host, are refused, and it says why.
    const url = await host.start(host.port);
    const rejected = page.getByTestId('connection-rejected');
    // Bounded by the client's longest backoff step (15 s plus jitter).
    await expect(rejected.getByRole('heading', { name: 'Access key not accepted' })).toBeVisible({ timeout: 30_000 });
    await app.screenshot('token-rejected');

    // Opening the new URL in the same tab only changes the fragment; the page picks the token up.
    await page.goto(url);
    await expect(page.getByTestId('first-run')).toBeVisible();
    expect(page.url()).not.toContain('token');
  });
});
