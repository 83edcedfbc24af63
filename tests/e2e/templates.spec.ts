import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { AcEmulatorProcess } from './fixtures/ac-emulator';
import { ScoringTabModel } from './pages/scoring-tab';
import { BridgeClient } from './pages/logs-page';

/** axe-core's serious and critical WCAG 2.1 AA findings on what the page shows now. */
async function axeFindings(page: Page): Promise<string[]> {
  await expect
    .poll(() => page.evaluate<boolean>("document.getAnimations().every((a) => a.playState !== 'running')"))
    .toBe(true);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
}

async function seed(url: string, body: unknown): Promise<void> {
  const res = await fetch(new URL('/__emulator/seed', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.ok).toBe(true);
}

test.describe('Client templates and copies', () => {
  test('copy an ActiveCampaign integration to two clients, then export a template and import it into a new client', async ({
    app,
    host,
    page,
    acEmulator,
  }) => {
    test.setTimeout(180_000);
    // Client C's own ActiveCampaign account: another emulator, without the list client A uses.
    const cAccount = new AcEmulatorProcess();
    await cAccount.start();
    const bridge = await BridgeClient.connect(host.url);
    try {
      await seed(acEmulator.url, { lists: ['Leads Qualificados'] });
      await app.open(host.url);
      await app.createFirstClient('Cliente A');
      const a = await bridge.call('clients:getCurrent', {});
      if (!a) throw new Error('no current client');
      await bridge.call('clients:create', { name: 'Cliente B' });
      await bridge.call('clients:create', { name: 'Cliente C' });
      const lists = await bridge.call('activecampaign:lists', { apiUrl: acEmulator.url, apiKey: acEmulator.apiKey });
      const list = lists.find((l) => l.name === 'Leads Qualificados');
      if (!list) throw new Error('list not seeded');
      await bridge.call('activecampaign:save', {
        clientId: a.id,
        apiKey: acEmulator.apiKey,
        config: {
          apiUrl: acEmulator.url,
          name: 'AC Playbook',
          fixedTags: ['zero-bad-leads'],
          lists: [{ id: list.id, name: list.name }],
        },
      });

      // Send Leads → the integration's menu → "Copy to other clients…".
      await app.go('Send Leads');
      await page.getByRole('button', { name: 'More actions for AC Playbook' }).click();
      await page.getByRole('menuitem', { name: 'Copy to other clients…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Copy “AC Playbook” to other clients' });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('checkbox', { name: 'Cliente B' }).check();
      await dialog.getByRole('checkbox', { name: 'Cliente C' }).check();
      await app.screenshot('templates-1-copy-clients');
      await dialog.getByRole('button', { name: 'Next' }).click();

      // B keeps the same account (with the shared-limit warning); C gets its own URL and key.
      const forB = dialog.getByRole('radiogroup', { name: /for Cliente B/ });
      const forC = dialog.getByRole('radiogroup', { name: /for Cliente C/ });
      await expect(forB.getByRole('radio', { name: /The same account as “AC Playbook”/ })).toBeChecked();
      await expect(dialog).toContainText('The account’s rate limit (5 requests per second) is shared');
      await forC.getByRole('radio', { name: 'This client’s own account' }).check();
      await dialog.getByLabel('API URL').fill(cAccount.url);
      await dialog.getByLabel('API key').fill(cAccount.apiKey);
      await app.screenshot('templates-2-copy-accounts');
      await dialog.getByRole('button', { name: 'Check the names' }).click();

      // B's account has the list; C's does not: it is listed, with a choice, before anything is saved.
      const inB = dialog.getByRole('region', { name: 'AC Playbook in Cliente B' });
      const inC = dialog.getByRole('region', { name: 'AC Playbook in Cliente C' });
      await expect(inB).toBeVisible();
      await expect(inB).toContainText('found in the account: Leads Qualificados');
      const missingList = inC.getByRole('group', { name: 'List Leads Qualificados' });
      await expect(missingList).toBeVisible();
      expect(await bridge.call('integrations:list', { clientId: await clientId(bridge, 'Cliente C') })).toEqual([]);
      await missingList.getByText('Pick another').click();
      await expect(dialog.getByRole('button', { name: 'Copy to 2 clients' })).toBeDisabled();
      await missingList.getByLabel('Instead of Leads Qualificados').click();
      await page.getByRole('option', { name: 'Clientes 2026' }).click();
      await app.screenshot('templates-3-copy-resolution');
      expect(await axeFindings(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Copy to 2 clients' }).click();

      // Each copy is a draft with a test-lead prompt; a test lead goes through from each.
      const results = dialog.getByTestId('import-results');
      await expect(results.getByTestId('imported-integration')).toHaveCount(2);
      await expect(results).toContainText('AC Playbook: saved as a draft, not sending yet.');
      await app.screenshot('templates-4-copy-results');
      for (const client of ['Cliente B', 'Cliente C']) {
        await results.getByRole('button', { name: `Send a test lead with AC Playbook of ${client}` }).click();
        const testDialog = page.getByRole('dialog', { name: 'Send a test lead to AC Playbook' });
        await testDialog.getByRole('button', { name: 'Send test lead' }).click();
        await expect(testDialog).toContainText('Test lead delivered', { timeout: 30_000 });
        if (client === 'Cliente C') await app.screenshot('templates-5-copy-test-lead');
        await testDialog.getByRole('button', { name: 'Close' }).first().click();
        await expect(testDialog).toBeHidden();
      }
      const inA = await acEmulator.state();
      const inOwn = await cAccount.state();
      expect(inA.contacts.some((c) => c.lists.some((l) => l.name === 'Leads Qualificados'))).toBe(true);
      expect(inOwn.contacts.some((c) => c.lists.some((l) => l.name === 'Clientes 2026'))).toBe(true);
      expect(inOwn.lists.map((l) => l.name)).not.toContain('Leads Qualificados');
      await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
      for (const name of ['Cliente B', 'Cliente C']) {
        const copies = await bridge.call('integrations:list', { clientId: await clientId(bridge, name) });
        expect(copies.map((c) => [c.name, c.status])).toEqual([['AC Playbook', 'draft']]);
      }

      // Export A's template from the Clients page: a file with no key in it.
      await app.go('Clients');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export Cliente A as a template' }).click();
      const file = join(mkdtempSync(join(tmpdir(), 'zbl-template-')), 'template.json');
      await (await download).saveAs(file);
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('"format": "zero-bad-leads/client-template"');
      expect(text).not.toContain(acEmulator.apiKey);
      await expect(page.getByTestId('template-exported')).toContainText('it holds no API key or secret');

      // A hand-broken file is refused with where and why.
      const broken = join(file, '..', 'broken.json');
      writeFileSync(broken, text.replace('"qualifyAt": ', '"qualifyAt": 5000, "x": '));
      await page.getByRole('button', { name: 'Import template…' }).click();
      const importer = page.getByRole('dialog', { name: 'Import a client template' });
      await importer.locator('input[type="file"]').setInputFiles(broken);
      await expect(importer.getByRole('alert')).toContainText('This file cannot be imported');
      await expect(importer.getByRole('alert')).toContainText('scoringProfiles.0.profile');
      await app.screenshot('templates-6-import-refused');

      // The real file, into a new client, on the account of A's integration.
      await importer.locator('input[type="file"]').setInputFiles(file);
      await expect(importer.getByTestId('template-summary')).toContainText('Exported from “Cliente A”');
      await importer.getByLabel('Name of the new client').fill('Cliente D');
      await app.screenshot('templates-7-import-summary');
      expect(await axeFindings(page)).toEqual([]);
      await importer.getByRole('button', { name: 'Next' }).click();
      await importer.getByRole('radio', { name: 'The account of an integration already set up' }).check();
      await importer.getByRole('combobox', { name: 'Integration' }).click();
      await page.getByRole('option', { name: /^Cliente A · AC Playbook/ }).click();
      await importer.getByRole('button', { name: 'Check the names' }).click();
      await expect(importer.getByRole('region', { name: 'AC Playbook in Cliente D' })).toBeVisible();
      await app.screenshot('templates-8-import-resolution');
      await importer.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(importer.getByTestId('imported-integration')).toHaveCount(1);
      await expect(importer.getByTestId('import-results')).toContainText('Lead settings');
      await app.screenshot('templates-9-import-results');
      await importer.getByRole('button', { name: 'Close', exact: true }).last().click();
      await expect(page.getByTestId('client-name').filter({ hasText: 'Cliente D' })).toBeVisible();
      const d = await clientId(bridge, 'Cliente D');
      expect((await bridge.call('integrations:list', { clientId: d })).map((i) => i.status)).toEqual(['draft']);
    } finally {
      bridge.close();
      await cAccount.stop();
    }
  });

  test('copy a scoring profile to another client: added there inactive, the original untouched', async ({
    app,
    host,
    page,
  }) => {
    await app.open(host.url);
    await app.createFirstClient('Cliente A');
    const bridge = await BridgeClient.connect(host.url);
    try {
      await bridge.call('clients:create', { name: 'Cliente B' });
      const scoring = new ScoringTabModel(page);
      await scoring.open();
      const name = (await scoring.profiles.getByRole('listitem').first().getAttribute('aria-label')) ?? '';
      await scoring.root.getByRole('button', { name: `Actions for ${name}`, exact: true }).click();
      await page.getByRole('menuitem', { name: 'Copy to other clients…' }).click();
      const dialog = page.getByRole('dialog', { name: `Copy “${name}” to other clients` });
      await dialog.getByRole('checkbox', { name: 'Cliente B' }).check();
      await dialog.getByRole('button', { name: 'Next' }).click();
      await expect(dialog).toContainText('Nothing to look up in a CRM account');
      await dialog.getByRole('button', { name: 'Copy to 1 client' }).click();
      await expect(dialog.getByTestId('import-results')).toContainText(`Scoring profile “${name} (Cliente A)”`);
      await app.screenshot('templates-10-profile-copy');
      const b = await clientId(bridge, 'Cliente B');
      const profiles = await bridge.call('scoring:list', { clientId: b });
      expect(Object.fromEntries(profiles.map((p) => [p.name, p.active]))).toEqual({
        [name]: true,
        [`${name} (Cliente A)`]: false,
      });
    } finally {
      bridge.close();
    }
  });
});

async function clientId(bridge: BridgeClient, name: string): Promise<string> {
  const clients = await bridge.call('clients:list', {});
  const found = clients.find((c) => c.name === name);
  if (!found) throw new Error(`no client ${name}`);
  return found.id;
}
