import { expect, test } from './fixtures/test';

test.describe('settings', () => {
  // A key file in the data folder makes the app report its (translated) vault warning.
  test.use({ hostOptions: { keySource: 'file' } });

  test('language and theme switch live, persist in the core, and About describes the host', async ({
    app,
    host,
    page,
  }) => {
    await app.open(host.url);
    await page.getByTestId('first-run').getByLabel('Client name').fill('Acme');
    await page.getByTestId('first-run').getByRole('button', { name: 'Create first client' }).click();
    await app.go('Settings');
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

    const about = page.getByTestId('about');
    await expect(about).toContainText('0.1.0');
    await expect(about).toContainText('Headless server (browser)');
    await expect(about).toContainText(host.dataDir);
    await expect(about).toContainText('AES-256-GCM, key in a file');
    await expect(about.getByRole('alert')).toContainText('no OS keyring is reachable');
    await expect(
      page.getByRole('radiogroup', { name: 'Language' }).getByRole('radio', { name: 'System (English)' }),
    ).toBeChecked();
    await app.screenshot('settings-en');

    await page.getByRole('radiogroup', { name: 'Language' }).getByText('Português (Brasil)').click();
    await expect(page.getByRole('heading', { name: 'Configurações', level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
    await expect(app.nav.getByRole('button', { name: 'Clientes' })).toBeVisible();
    await expect(about).toContainText('Servidor sem interface (navegador)');
    await expect(about.getByRole('alert')).toContainText('nenhum chaveiro do sistema está acessível');
    await app.screenshot('settings-pt-BR');

    await page.getByRole('radiogroup', { name: 'Tema' }).getByText('Escuro').click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await app.screenshot('settings-dark');

    // The preference lives in the core: a reload (and a restart) bring back the same look.
    const url = await host.restart();
    await app.open(url);
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
    await app.nav.getByRole('button', { name: 'Clientes' }).click();
    await expect(page.getByRole('heading', { name: 'Clientes', level: 1 })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Situação' })).toBeVisible();
    await app.screenshot('clients-dark-pt-BR');

    await app.nav.getByRole('button', { name: 'Configurações' }).click();
    await page.getByRole('radiogroup', { name: 'Tema' }).getByText('Claro').click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
    await page.getByRole('radiogroup', { name: 'Idioma' }).getByText('English', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  });
});

test.describe('system preferences', () => {
  test.use({ locale: 'pt-BR', colorScheme: 'dark' });

  test('with "System" the app follows the browser language and colour scheme', async ({ app, host, page }) => {
    await app.open(host.url);
    await expect(page.getByRole('heading', { name: 'Vamos cadastrar seu primeiro cliente' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
    await app.screenshot('first-run-dark-pt-BR');

    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  });
});
