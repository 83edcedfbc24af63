import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/test';
import { ScoringTabModel } from './pages/scoring-tab';

test('history of changes: what the user changed, in order, readable in both languages, and exported', async ({
  app,
  host,
  page,
  acEmulator,
}) => {
  // Many changes made through the interface, on two shared cores.
  test.setTimeout(120_000);
  const { sendLeads, wizard } = app;
  await app.open(host.url);
  await app.createFirstClient('Acme Dental');

  // A client renamed.
  await app.go('Clients');
  await app.clients.rename('Acme Dental', 'Acme Dental Care');

  // A scoring profile created (a copy) and activated.
  const scoring = new ScoringTabModel(page);
  await scoring.open();
  await scoring.profileAction('Default', 'Duplicate');
  await expect(scoring.profile('Default (copy)')).toBeVisible();
  await scoring.profile('Default (copy)').getByRole('button', { name: 'Activate' }).click();
  await expect(scoring.profile('Default (copy)')).toContainText('Active');

  // An integration created, edited (a tag added), then its key replaced.
  await app.go('Send Leads');
  await sendLeads.integrate();
  await wizard.quickSetup(acEmulator.url, acEmulator.apiKey);
  await wizard.root.getByRole('button', { name: 'Save as draft' }).click();
  await expect(wizard.root).toBeHidden();

  await sendLeads.edit('ActiveCampaign Marketing');
  await expect(wizard.connectionState).toContainText('Connected to ActiveCampaign');
  await wizard.goToStep(3, 'Tags', 'Configure automatic tags');
  await wizard.addFixedTag('vip');
  await wizard.goToStep(7, 'Review', 'Review and activate');
  await wizard.root.getByRole('button', { name: 'Save as draft' }).click();
  await expect(wizard.root).toBeHidden();

  await sendLeads.edit('ActiveCampaign Marketing');
  await wizard.keyInput.fill(acEmulator.apiKey);
  await expect(wizard.connectionState).toContainText('Signed in as');
  await wizard.goToStep(7, 'Review', 'Review and activate');
  await wizard.root.getByRole('button', { name: 'Save as draft' }).click();
  await expect(wizard.root).toBeHidden();

  // The history, opened from the client on the Clients page: newest first.
  await app.go('Clients');
  await app.screenshot('audit-clients');
  await page.getByRole('button', { name: 'History of changes of Acme Dental Care' }).click();
  await expect(page.getByRole('heading', { name: 'History of changes', level: 1 })).toBeVisible();
  const rows = page.getByTestId('audit-row');
  const summaries = page.getByTestId('audit-summary');
  await expect(rows).toHaveCount(7);
  await expect(summaries.nth(0)).toHaveText(/^Integration “ActiveCampaign Marketing”: key replacedAPI key replaced$/);
  await expect(summaries.nth(1)).toHaveText(/^Integration “ActiveCampaign Marketing” editedtags: \+vip$/);
  await expect(summaries.nth(2)).toHaveText('Integration “ActiveCampaign Marketing” created');
  await expect(summaries.nth(3)).toHaveText('Scoring profile “Default (copy)” activated');
  await expect(summaries.nth(4)).toHaveText('Scoring profile “Default (copy)” created');
  await expect(summaries.nth(5)).toHaveText('Client renamedname: Acme Dental → Acme Dental Care');
  await expect(summaries.nth(6)).toHaveText('Client “Acme Dental” created');
  await expect(rows.nth(0)).toContainText('Key replaced');
  // Never the key itself.
  await expect(page.getByRole('main')).not.toContainText(acEmulator.apiKey);
  await app.screenshot('audit-history');
  // WCAG 2.1 AA, as the accessibility spec checks every section: no serious or critical finding.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Filtered by kind.
  await page.getByRole('combobox', { name: 'Kinds of change' }).click();
  await page.getByRole('option', { name: 'Integration edited' }).click();
  await page.getByRole('option', { name: 'Key replaced' }).click();
  await page.keyboard.press('Escape');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-kind', 'integration.keyReplaced');
  await expect(rows.nth(1)).toHaveAttribute('data-kind', 'integration.edited');
  await app.screenshot('audit-history-filtered');

  // Exported as CSV: the filtered rows, with the page's words.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^zero-bad-leads-history-acme-dental-care-.*\.csv$/);
  const csv = (await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, '');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('Time;Client;Change;Integration or profile;What changed');
  expect(lines.slice(1).map((l) => l.split(';').slice(1))).toEqual([
    [
      'Acme Dental Care',
      'Key replaced',
      'ActiveCampaign Marketing',
      'Integration “ActiveCampaign Marketing”: key replaced: API key replaced',
    ],
    [
      'Acme Dental Care',
      'Integration edited',
      'ActiveCampaign Marketing',
      'Integration “ActiveCampaign Marketing” edited: tags: +vip',
    ],
  ]);
  expect(csv).not.toContain(acEmulator.apiKey);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(7);

  // A custom period: whole days; a last day before the first is explained, not queried.
  const day = (offset: number) => {
    const d = new Date(Date.now() + offset * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  await page.getByRole('combobox', { name: 'Period' }).click();
  await page.getByRole('option', { name: 'Custom dates' }).click();
  await page.getByLabel('From', { exact: true }).fill(day(1));
  await page.getByLabel('To', { exact: true }).fill(day(0));
  await expect(page.getByRole('search').getByRole('alert')).toHaveText('The last day comes before the first.');
  await expect(page.getByLabel('To', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(rows).toHaveCount(0);
  await app.screenshot('audit-history-reversed');
  await page.getByLabel('From', { exact: true }).fill(day(-1));
  await expect(rows).toHaveCount(7);
  await page.getByLabel('From', { exact: true }).fill(day(1));
  await page.getByLabel('To', { exact: true }).fill(day(2));
  await expect(page.getByText('No change matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(7);

  // In Portuguese, the same history reads in Portuguese.
  await app.go('Settings');
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Português (Brasil)').click();
  await page.getByRole('navigation').getByRole('button', { name: 'Clientes', exact: true }).click();
  await page.getByRole('button', { name: 'Histórico de alterações de Acme Dental Care' }).click();
  await expect(page.getByRole('heading', { name: 'Histórico de alterações', level: 1 })).toBeVisible();
  await expect(summaries.nth(0)).toHaveText(
    'Integração “ActiveCampaign Marketing”: chave substituídatroca de chave de API',
  );
  await expect(summaries.nth(1)).toHaveText('Integração “ActiveCampaign Marketing” editadatags: +vip');
  await expect(summaries.nth(3)).toHaveText('Perfil de pontuação “Default (copy)” ativado');
  await expect(summaries.nth(5)).toHaveText('Cliente renomeadonome: Acme Dental → Acme Dental Care');
  await expect(rows.nth(0)).toContainText('Chave substituída');
  await app.screenshot('audit-history-pt-BR');

  // Back to the clients.
  await page.getByRole('button', { name: 'Voltar aos clientes' }).click();
  await expect(page.getByRole('heading', { name: 'Clientes', level: 1 })).toBeVisible();
});
