import { expect, test } from './fixtures/test';

test.describe('Log retention setting', () => {
  test('keeps attempts 180 days by default, refuses out-of-range values and saves a new one', async ({
    app,
    host,
    page,
  }) => {
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');
    await app.go('Settings');
    const card = page.getByRole('region', { name: 'Log retention' });
    const days = card.getByLabel('Keep attempts for (days)');
    const save = card.getByRole('button', { name: 'Save', exact: true });
    await expect(days).toHaveValue('180');
    await expect(save).toBeDisabled();

    await days.fill('5');
    await expect(card.getByText('Between 7 and 3650 days.').last()).toBeVisible();
    await expect(save).toBeDisabled();
    await days.fill('30');
    await expect(save).toBeEnabled();
    await save.click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Attempts older than 30 days are deleted.' }),
    ).toBeVisible();
    await app.screenshot('settings-retention');

    // Kept by the core, not the page.
    await page.reload();
    await app.go('Settings');
    await expect(page.getByLabel('Keep attempts for (days)')).toHaveValue('30');
  });
});
