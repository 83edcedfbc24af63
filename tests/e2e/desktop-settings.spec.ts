import { expect, test } from './fixtures/test';

test.describe('sending paused, desktop settings and page errors (headless host)', () => {
  test('pause all sending from Settings: every page says so until it is resumed', async ({ app, host, page }) => {
    await app.open(host.url);
    await app.createFirstClient('Acme');
    await app.go('Settings');
    const card = page.getByRole('region', { name: 'Desktop app' });
    await expect(card).toContainText('Leads are sent as they arrive.');
    // The tray, login and notification settings belong to the desktop app: here they are explained.
    await expect(card).toContainText('These settings belong to the desktop app');
    await expect(card.getByRole('switch')).toHaveCount(0);

    await card.getByRole('button', { name: 'Pause all sending' }).click();
    const banner = page.getByRole('status').filter({ hasText: 'All sending is paused since' });
    await expect(banner).toBeVisible();
    await expect(card.getByRole('button', { name: 'Resume sending' })).toBeVisible();
    await app.screenshot('settings-sending-paused');

    await app.go('Leads');
    await expect(banner).toBeVisible();
    // Kept by the core: a reload still shows it.
    await page.reload();
    await expect(banner).toBeVisible();
    await banner.getByRole('button', { name: 'Resume sending' }).click();
    await expect(banner).toBeHidden();

    await app.go('Settings');
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('Português (Brasil)').click();
    await expect(page.getByRole('region', { name: 'App de desktop' })).toContainText(
      'Estas configurações são do app de desktop',
    );
  });

  test('a page that fails to render shows what happened, with Reload and Copy details', async ({
    app,
    host,
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open(host.url);
    await app.createFirstClient('Acme');
    await app.go('Settings');
    await page.getByRole('region', { name: 'Desktop app' }).getByRole('button', { name: 'Pause all sending' }).click();
    await app.go('Leads');

    // Dates fail to format from now on: the Settings page (which shows when sending was paused) cannot render.
    await page.evaluate(() => {
      const original = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!;
      Reflect.set(globalThis, '__restoreFormat', () =>
        Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', original),
      );
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
        configurable: true,
        get: () => () => {
          throw new Error('Date formatting is broken');
        },
      });
    });
    await app.go('Settings');
    const error = page.getByTestId('page-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText('This page stopped working');
    await expect(error).toContainText('Date formatting is broken');
    // The rest of the app still works.
    await expect(app.nav).toBeVisible();
    await app.screenshot('page-error');

    await error.getByRole('button', { name: 'Copy details' }).click();
    await expect(error.getByRole('button', { name: 'Copied' })).toBeVisible();
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(copied).toContain('Error: Date formatting is broken');
    expect(copied).toContain('settings');

    await page.evaluate(() => (Reflect.get(globalThis, '__restoreFormat') as () => void)());
    await error.getByRole('button', { name: 'Reload' }).click();
    await expect(error).toBeHidden();
    await expect(page.getByRole('region', { name: 'Desktop app' })).toBeVisible();
  });
});
