import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { HostProcess } from './fixtures/host';
import { expect, test } from './fixtures/test';
import { BridgeClient, DispatchMaker } from './pages/logs-page';

const VERSION = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string })
  .version;

const LEAD = {
  fullName: 'Ana Lima',
  phone: '(11) 98765-4321',
  company: 'Acme',
  cnpj: '11.222.333/0001-81',
  jobTitle: 'Diretora Comercial',
  state: 'SP',
};

/** Clicks `confirm` and waits for the page to load again on the restarted core. */
async function confirmAndReload(page: Page, confirm: () => Promise<void>): Promise<void> {
  const reloaded = page.waitForEvent('load', { timeout: 30_000 });
  await confirm();
  await reloaded;
  await expect(page.getByRole('navigation')).toBeVisible();
}

test.describe('backups, restore and moving the workspace (headless host)', () => {
  test('Settings → Backups: back up now, the list, a damaged file refused, and a restore', async ({
    app,
    host,
    page,
  }) => {
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');
    await app.go('Settings');
    const card = page.getByRole('region', { name: 'Backups' });
    await expect(card.getByTestId('backups-empty')).toBeVisible();

    await card.getByRole('button', { name: 'Back up now' }).click();
    await expect(card.getByRole('status').filter({ hasText: 'Backup taken:' })).toBeVisible();
    const rows = card.getByTestId('backup-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('By hand');
    await expect(rows.first()).toContainText(VERSION);
    await expect(rows.first()).toContainText(/\d+(\.\d)? KB/);
    await expect(card).toContainText(join(host.dataDir, 'backups'));
    await card.scrollIntoViewIfNeeded();
    await app.screenshot('settings-backups');

    // A client added after the backup: restoring the backup takes it away.
    const bridge = await BridgeClient.connect(host.url);
    try {
      await bridge.call('clients:create', { name: 'Beta Clinic' });
    } finally {
      bridge.close();
    }
    await expect.poll(() => app.switcherOptions()).toEqual(['Acme Dental', 'Beta Clinic']);

    // A file that is no database: refused with the reason, nothing changes.
    await card.getByRole('button', { name: 'Restore from a file…' }).click();
    const fromFile = page.getByRole('dialog', { name: 'Restore from a file?' });
    const restore = fromFile.getByRole('button', { name: 'Restore and restart' });
    await expect(restore).toBeDisabled();
    const chooser = page.waitForEvent('filechooser');
    await fromFile.getByRole('button', { name: 'Choose the file' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'clients.db',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('SQLite format 3\0'.padEnd(8192, 'x')),
    });
    await expect(fromFile.getByTestId('chosen-file')).toContainText('clients.db');
    await restore.click();
    const refused = fromFile.getByRole('alert');
    await expect(refused).toContainText('This file cannot be restored');
    await expect(refused).toContainText('Nothing was changed');
    await app.screenshot('settings-backups-refused');
    await fromFile.getByRole('button', { name: 'Cancel' }).click();
    await expect(fromFile).toBeHidden();
    await expect(rows).toHaveCount(1);
    expect(await app.switcherOptions()).toEqual(['Acme Dental', 'Beta Clinic']);

    // Restoring the backup of the list.
    await rows
      .first()
      .getByRole('button', { name: /^Restore the backup of / })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(dialog).toContainText('What you have now is kept as a backup first');
    await app.screenshot('settings-backups-confirm');
    await confirmAndReload(page, () => dialog.getByRole('button', { name: 'Restore and restart' }).click());

    await expect(app.switcher).toHaveValue('Acme Dental');
    expect(await app.switcherOptions()).toEqual(['Acme Dental']);
    await app.go('Settings');
    await expect(card.getByTestId('last-restore')).toContainText('Restored the copy of');
    // The data replaced is a backup too, and can be restored in turn.
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('Before a restore');
    await card.scrollIntoViewIfNeeded();
    await app.screenshot('settings-backups-restored');
    await card.getByTestId('last-restore').getByRole('button', { name: 'Dismiss' }).click();
    await expect(card.getByTestId('last-restore')).toBeHidden();

    // The workspace card beside it, and About, where the headless host says how it is updated.
    await expect(page.getByRole('region', { name: 'Move to another computer' })).toContainText(
      'API keys travel only encrypted for this computer',
    );
    const updates = page.getByTestId('updates');
    await expect(updates).toContainText('The headless host does not update itself');
    await expect(updates.getByRole('button')).toHaveCount(0);
    await updates.scrollIntoViewIfNeeded();
    await app.screenshot('settings-workspace-and-updates');
  });

  test('a workspace moved to a fresh data folder with another key: its integration waits for the key, then sends', async ({
    app,
    host,
    page,
    acEmulator,
  }, testInfo) => {
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');
    const bridge = await BridgeClient.connect(host.url);
    try {
      const client = await bridge.call('clients:getCurrent', {});
      if (!client) throw new Error('no current client');
      await new DispatchMaker(bridge, acEmulator).connect(client.id, 'AC Marketing');
    } finally {
      bridge.close();
    }
    // Preferences travel with the workspace: the other computer opens in Portuguese.
    await app.go('Settings');
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('Português (Brasil)').click();
    const exportCard = page.getByRole('region', { name: 'Mudar para outro computador' });
    const downloading = page.waitForEvent('download');
    await exportCard.getByRole('button', { name: 'Exportar espaço de trabalho' }).click();
    const download = await downloading;
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.zbl$/);
    // Never a key in clear: the file holds the sealed secret only.
    expect(readFileSync(file).includes(acEmulator.apiKey)).toBe(false);

    const other = new HostProcess({ keySource: 'env' });
    try {
      await other.start();
      await app.open(other.url);
      const firstRun = page.getByTestId('first-run');
      await firstRun.getByRole('button', { name: 'Moving from another computer? Import your workspace' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import a workspace?' });
      const chooser = page.waitForEvent('filechooser');
      await dialog.getByRole('button', { name: 'Choose the file' }).click();
      await (await chooser).setFiles(file);
      await expect(dialog.getByTestId('chosen-file')).toContainText('.zbl');
      await app.screenshot('first-run-import-workspace');
      await confirmAndReload(page, () => dialog.getByRole('button', { name: 'Import and restart' }).click());
      await expect(page.getByRole('combobox', { name: 'Cliente atual' })).toHaveValue('Acme Dental');

      // A lead arriving now waits, held: nothing is lost and nothing is an error.
      const bridgeB = await BridgeClient.connect(other.url);
      const email = `ana.${Date.now()}@acme.com.br`;
      try {
        const client = await bridgeB.call('clients:getCurrent', {});
        const created = await bridgeB.call('leads:create', { clientId: client!.id, lead: { ...LEAD, email } });
        expect(created.dispatches).toBe(1);
        await expect
          .poll(async () => (await bridgeB.call('logs:list', { clientId: client!.id })).rows.map((r) => r.state))
          .toEqual(['held']);
      } finally {
        bridgeB.close();
      }

      await page.getByRole('navigation').getByRole('button', { name: 'Configurações', exact: true }).click();
      const backups = page.getByRole('region', { name: 'Backups' });
      await expect(backups.getByTestId('last-restore')).toContainText('Espaço de trabalho importado');
      const keys = backups.getByTestId('keys-needed');
      await expect(keys).toContainText('1 chave precisa ser digitada de novo');
      await backups.scrollIntoViewIfNeeded();
      await app.screenshot('settings-workspace-imported');
      await keys.getByRole('button', { name: 'Acme Dental: AC Marketing' }).click();

      const item = page.getByTestId('card-activecampaign').getByRole('group', { name: 'AC Marketing', exact: true });
      await expect(item.getByTestId('integration-status')).toHaveText('Precisa da chave de novo');
      await expect(item.getByTestId('key-needed')).toBeVisible();
      // Nothing that could only fail without the key: no test lead, no "Resume".
      await expect(item.getByRole('button', { name: /^(Enviar lead de teste|Retomar)/ })).toHaveCount(0);
      await app.screenshot('send-leads-needs-key');

      // One click to the wizard's credentials step; the key entered again sends what waited.
      await item.getByRole('button', { name: 'Digitar de novo a chave de AC Marketing' }).click();
      const wizard = page.getByTestId('ac-wizard');
      await wizard.getByLabel(/^Chave da API/).fill(acEmulator.apiKey);
      await expect(wizard.getByTestId('connection-state')).toContainText('Conectado ao ActiveCampaign');
      await wizard.getByRole('button', { name: /^Etapa 7:/ }).click();
      await wizard.getByRole('button', { name: 'Salvar alterações' }).click();
      await expect(wizard).toBeHidden();
      await expect(item.getByTestId('key-needed')).toBeHidden();
      await expect.poll(() => acEmulator.contact(email).then((c) => c?.email ?? null)).toBe(email);
      await expect(item.getByTestId('integration-status')).not.toHaveText('Precisa da chave de novo');
      await app.screenshot('send-leads-key-entered');
    } finally {
      await other.dispose();
    }
  });
});
