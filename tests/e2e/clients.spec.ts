import { expect, test } from './fixtures/test';
import { AppPage } from './pages/app-page';

test.describe('clients', () => {
  test('first run, two clients, switch, rename, and everything survives a restart', async ({ app, host, page }) => {
    await app.open(host.url);
    const firstRun = page.getByTestId('first-run');
    await expect(firstRun.getByRole('heading', { name: 'Let’s set up your first client' })).toBeVisible();
    await expect(app.switcher).toBeDisabled();
    await app.screenshot('first-run');

    await firstRun.getByLabel('Client name').fill('Acme Dental');
    await firstRun.getByRole('button', { name: 'Create first client' }).click();
    // The first client becomes the current one and the shell replaces the welcome screen.
    await expect(app.switcher).toHaveValue('Acme Dental');
    // Home is the first screen: the new client is already on it.
    await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
    await expect(page.getByTestId('home-client')).toHaveText(/Acme Dental/);

    await app.go('Clients');
    await app.clients.create('Beta Motors');
    expect(await app.clients.names()).toEqual(['Acme Dental', 'Beta Motors']);
    await expect(app.switcher).toHaveValue('Acme Dental');

    await app.switchClient('Beta Motors');
    await expect(app.clients.row('Beta Motors')).toContainText('Current');

    await app.clients.rename('Acme Dental', 'Acme Dental Care');
    expect(await app.switcherOptions()).toEqual(['Acme Dental Care', 'Beta Motors']);
    await app.screenshot('clients');

    const newUrl = await host.restart();
    await app.open(newUrl);
    await expect(app.switcher).toHaveValue('Beta Motors');
    await app.go('Clients');
    expect(await app.clients.names()).toEqual(['Acme Dental Care', 'Beta Motors']);
    await expect(app.clients.row('Beta Motors')).toContainText('Current');
  });

  test('bad names get an inline, translated explanation', async ({ app, host, page }) => {
    await app.open(host.url);
    await page.getByTestId('first-run').getByRole('button', { name: 'Create first client' }).click();
    await expect(page.getByTestId('first-run').getByText('Enter a name.')).toBeVisible();
    await page.getByTestId('first-run').getByLabel('Client name').fill('Acme');
    await page.getByTestId('first-run').getByRole('button', { name: 'Create first client' }).click();

    await app.go('Clients');
    await app.clients.openCreate();
    await app.clients.submitName('   ', 'Create client');
    await app.clients.expectNameError('Enter a name.');

    await app.clients.submitName('x'.repeat(81), 'Create client');
    await app.clients.expectNameError('Use at most 80 characters.');

    const duplicate = 'A client with this name already exists.';
    // Enter submits, like the button.
    await app.clients.nameInput.fill(' acme ');
    await app.clients.nameInput.press('Enter');
    await app.clients.expectNameError(duplicate);
    await app.screenshot('clients-name-error');

    await app.clients.submitName('ÁCME', 'Create client');
    await app.clients.expectNameError(duplicate);

    // Typing clears the complaint; an 80-character name is fine.
    await app.clients.nameInput.fill('y'.repeat(80));
    await expect(app.clients.nameInput).not.toHaveAttribute('aria-invalid', 'true');
    await app.clients.dialog.getByRole('button', { name: 'Create client' }).click();
    await expect(app.clients.dialog).toBeHidden();
    expect(await app.clients.names()).toEqual(['Acme', 'y'.repeat(80)]);

    // Renaming runs the same rules.
    await page.getByRole('button', { name: `Rename ${'y'.repeat(80)}` }).click();
    await app.clients.submitName('ACME', 'Save name');
    await app.clients.expectNameError(duplicate);
  });

  test('archive with confirmation, then restore', async ({ app, host, page }) => {
    await app.open(host.url);
    await page.getByTestId('first-run').getByLabel('Client name').fill('Acme');
    await page.getByTestId('first-run').getByRole('button', { name: 'Create first client' }).click();
    await app.go('Clients');
    await app.clients.create('Beta');

    // Cancelling the confirmation changes nothing.
    await page.getByRole('button', { name: 'Archive Beta' }).click();
    await app.clients.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(app.clients.row('Beta')).toBeVisible();

    await app.clients.archive('Beta');
    await expect(app.clients.row('Beta')).toBeHidden();
    expect(await app.switcherOptions()).toEqual(['Acme']);

    await app.clients.showArchived(true);
    await expect(app.clients.row('Beta')).toContainText('Archived');
    await app.screenshot('clients-archived');

    await app.clients.restore('Beta');
    await expect(app.clients.row('Beta')).toContainText('Active');
    await app.clients.showArchived(false);
    await expect(app.clients.row('Beta')).toBeVisible();
    expect(await app.switcherOptions()).toEqual(['Acme', 'Beta']);

    // Archiving the current client moves the app to another one.
    await app.clients.archive('Acme');
    await expect(app.switcher).toHaveValue('Beta');

    // With every client archived, work sections explain why they are empty.
    await app.clients.archive('Beta');
    await expect(page.getByText('No active clients').first()).toBeVisible();
    await expect(app.clients.row('Acme')).toBeVisible();
    await app.go('Leads');
    await expect(page.getByRole('heading', { name: 'No active clients' })).toBeVisible();
  });

  test('changes made in another window show up live', async ({ app, host, page, context }) => {
    await app.open(host.url);
    const other = new AppPage(await context.newPage());
    await other.open(host.url);

    await page.getByTestId('first-run').getByLabel('Client name').fill('Acme');
    await page.getByTestId('first-run').getByRole('button', { name: 'Create first client' }).click();
    // The other window leaves its welcome screen by itself and follows the current client.
    await expect(other.switcher).toHaveValue('Acme');

    await other.go('Clients');
    await app.go('Clients');
    await app.clients.create('Beta');
    await expect(other.clients.row('Beta')).toBeVisible();
    await app.clients.rename('Beta', 'Beta Motors');
    await expect(other.clients.row('Beta Motors')).toBeVisible();
    await app.switchClient('Beta Motors');
    await expect(other.switcher).toHaveValue('Beta Motors');
    await app.clients.archive('Acme');
    await expect(other.clients.row('Acme')).toBeHidden();

    // Preferences are shared too.
    await app.go('Settings');
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('Português (Brasil)').click();
    await expect(other.page.getByRole('heading', { name: 'Clientes', level: 1 })).toBeVisible();
  });
});
