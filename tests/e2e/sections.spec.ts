import { expect, test } from './fixtures/test';

test('each section not built yet explains what it will hold, and a reload keeps the section', async ({
  app,
  host,
  page,
}) => {
  await app.open(host.url);
  await page.getByTestId('first-run').getByLabel('Client name').fill('Acme Dental');
  await page.getByTestId('first-run').getByRole('button', { name: 'Create first client' }).click();

  const sections = [
    { nav: 'Leads', shot: 'leads', heading: 'Your leads will appear here', mentions: 'quality score' },
  ] as const;
  for (const section of sections) {
    await app.go(section.nav);
    await expect(page.getByRole('heading', { name: section.nav, level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: section.heading, level: 2 })).toBeVisible();
    await expect(app.main).toContainText(section.mentions);
    await expect(app.main).toContainText('For Acme Dental');
    await app.screenshot(section.shot);
  }

  // Send Leads is built (send-leads-*.spec.ts); here it only has to be reachable like the others.
  await app.go('Send Leads');
  await expect(page.getByRole('heading', { name: 'Send Leads', level: 1 })).toBeVisible();
  await expect(app.main).toContainText('Acme Dental');

  await app.go('Logs');
  await page.reload();
  // Logs is built (logs.spec.ts); the reload only has to land on it again.
  await expect(page.getByRole('heading', { name: 'Logs', level: 1 })).toBeVisible();
  await expect(app.nav.getByRole('button', { name: 'Logs' })).toHaveAttribute('aria-current', 'page');

  // Keyboard: sections are reachable and operable without a mouse.
  await app.nav.getByRole('button', { name: 'Logs' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Send Leads', level: 1 })).toBeVisible();
});
