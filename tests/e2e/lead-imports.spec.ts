import { readFile } from 'node:fs/promises';
import type { DuplicatePolicy } from '#contract';
import { messyExport } from '../unit/leads/support/messy-export';
import { expect, test } from './fixtures/test';
import type { AppPage } from './pages/app-page';
import { LeadsPageModel } from './pages/leads-page';

const FILE = 'leads-meta-ads.csv';
const messy = messyExport();
const x = messy.expected;
const lineOf = new Map(messy.notes.map((n) => [n.row, n.line]));
const en = (value: number): string => value.toLocaleString('en-US');

/** What the summary shows after each of three imports of the same file, by policy. */
const EXPECTED: Record<DuplicatePolicy, Array<Record<string, number>>> = {
  update: [
    { created: x.leads, updated: 0, repeated: x.repeated, withProblems: x.withProblems },
    { created: 0, updated: x.leads, repeated: x.repeated, withProblems: x.withProblems },
    { created: 0, updated: x.leads, repeated: x.repeated, withProblems: x.withProblems },
  ],
  skip: [
    { created: x.leads, duplicates: 0, repeated: x.repeated, withProblems: x.withProblems },
    { created: 0, duplicates: x.leads, repeated: x.repeated, withProblems: 0, qualified: 0 },
    { created: 0, duplicates: x.leads, repeated: x.repeated, withProblems: 0, qualified: 0 },
  ],
  keep: [1, 2, 3].map(() => ({ created: x.leads + x.repeated, repeated: x.repeated, withProblems: x.withProblems })),
};

/** Leads stored after each import. */
const STORED: Record<DuplicatePolicy, number[]> = {
  update: [x.leads, x.leads, x.leads],
  skip: [x.leads, x.leads, x.leads],
  keep: [1, 2, 3].map((i) => i * (x.leads + x.repeated)),
};

async function importOnce(app: AppPage, leads: LeadsPageModel, policy: DuplicatePolicy, run: number) {
  const dialog = leads.importDialog;
  if (await dialog.isVisible()) {
    // "Import another file": the dialog is back at its first step.
    await dialog.getByTestId('csv-input').setInputFiles({ name: FILE, mimeType: 'text/csv', buffer: messy.bytes });
    await expect(dialog.getByTestId('mapping-table')).toBeVisible({ timeout: 30_000 });
  } else await leads.startImportOf(FILE, messy.bytes);
  // Detected as a Brazilian export: Windows-1252, ";", Portuguese headers.
  await expect(dialog.getByRole('combobox', { name: 'Encoding' })).toHaveValue('Windows-1252 (Excel)');
  await expect(dialog.getByRole('combobox', { name: 'Separator' })).toHaveValue('Semicolon ;');
  await expect(leads.targetSelect('WhatsApp')).toHaveValue('Phone');
  await expect(leads.targetSelect('Observações')).toHaveValue('Custom field “observacoes”');
  const card = dialog.getByTestId(`policy-${policy}`);
  await card.click();
  await expect(card).toHaveAttribute('data-checked', 'true');
  if (run === 0) {
    // What makes two rows the same lead is said where the policy is chosen.
    await expect(dialog.getByText(/same phone number, however it is written/)).toBeVisible();
    await card.scrollIntoViewIfNeeded();
    await app.screenshot(`imports-messy-${policy}-policy`, { fullPage: false });
  }
  await dialog.getByRole('button', { name: 'Start import' }).click();
  await expect(dialog.getByTestId('import-outcome')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });

  const expected = { rows: x.rows, invalid: x.refused, ...EXPECTED[policy][run] };
  for (const [key, value] of Object.entries(expected)) {
    await expect(leads.count(key as Parameters<LeadsPageModel['count']>[0]), key).toHaveText(en(value));
  }
  // Only the tiles the policy makes meaningful.
  await expect(dialog.getByTestId('count-updated')).toHaveCount(policy === 'update' ? 1 : 0);
  await expect(dialog.getByTestId('count-duplicates')).toHaveCount(policy === 'skip' ? 1 : 0);
  // What happened to the repeated rows, in words.
  const said = {
    update: `${x.repeated} rows repeated a lead of an earlier row of the file and were merged into it.`,
    skip: `${x.repeated} rows repeated a lead of an earlier row of the file and were skipped.`,
    keep: `${x.repeated} rows repeated a lead of an earlier row of the file and were kept as other leads.`,
  }[policy];
  await expect(dialog.getByTestId('outcome-sentence').first()).toHaveText(said);
  if (run > 0 && policy === 'update') {
    await expect(dialog.getByTestId('outcome-sentence').nth(1)).toHaveText(
      `${en(x.leads)} leads this client already had were updated.`,
    );
  }

  // The report: refused rows and rows imported with problems, at the file's own lines.
  const report = dialog.getByTestId('issue-row');
  await expect(report.first()).toBeVisible();
  const shown = await Promise.all(
    (await report.all()).map(async (r) => ({
      row: Number(await r.getAttribute('data-row')),
      line: Number(await r.getAttribute('data-line')),
      outcome: await r.getAttribute('data-outcome'),
    })),
  );
  for (const entry of shown) expect(entry.line, `line of row ${entry.row}`).toBe(lineOf.get(entry.row));
  const outcomes = new Set(shown.map((s) => s.outcome));
  expect(outcomes.has('refused')).toBe(true);
  expect(outcomes.has('imported')).toBe(policy !== 'skip' || run === 0);
  if (policy !== 'skip' || run === 0) {
    const cnpj = report.and(dialog.locator('[data-code="cnpj_check_digits"]')).first();
    await expect(cnpj).toContainText('CNPJ');
    await expect(cnpj).toContainText('The CNPJ check digits do not match');
    await expect(cnpj.getByTestId('issue-outcome')).toHaveText('Imported');
  }
  const refused = report.and(dialog.locator('[data-outcome="refused"]')).first();
  await expect(refused.getByTestId('issue-outcome')).toHaveText('Refused');
}

/** After an import: the Leads list holds what the summary says, and its qualified leads too. */
async function checkLeadsList(leads: LeadsPageModel, policy: DuplicatePolicy, run: number) {
  const { page } = leads;
  const dialog = leads.importDialog;
  const qualified = Number((await leads.count('qualified').innerText()).replace(/\D/g, ''));
  const showLeads = dialog.getByRole('button', { name: 'Show imported leads' });
  if ((await showLeads.count()) > 0) {
    await showLeads.click();
    await expect(page.getByTestId('import-filter')).toBeVisible();
    await page.getByRole('search').getByText('Yes', { exact: true }).click();
    await expect.poll(() => leads.listedTotal()).toBe(qualified);
    // Clearing the filters shows every import's leads again.
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
  } else {
    // Nothing stored or updated: no list to show, and nothing counted as qualified.
    expect(qualified).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).last().click();
  }
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('import-filter')).toHaveCount(0);
  await expect.poll(() => leads.listedTotal()).toBe(STORED[policy][run]);
}

async function checkWhatsAppLeads(leads: LeadsPageModel, count: number) {
  const search = leads.page.getByRole('search');
  await search.getByLabel('E-mail', { exact: true }).click();
  await leads.page.getByRole('option', { name: 'Missing', exact: true }).click();
  await leads.page.keyboard.press('Escape');
  await expect.poll(() => leads.listedTotal()).toBe(count);
  await leads.page.getByRole('button', { name: 'Clear filters' }).first().click();
}

test.describe('Importing a messy Brazilian export again and again', () => {
  test.setTimeout(180_000);

  test('with "update", nothing is doubled, WhatsApp leads included, and the report lists every problem', async ({
    app,
    host,
    page,
  }) => {
    const leads = new LeadsPageModel(page);
    await app.open(host.url);
    await app.createFirstClient('Clínica Sorriso');
    await app.go('Leads');

    await importOnce(app, leads, 'update', 0);
    await app.screenshot('imports-messy-update-summary-1', { fullPage: false });
    const dialog = leads.importDialog;
    await dialog.getByTestId('issue-report').scrollIntoViewIfNeeded();
    await app.screenshot('imports-messy-update-report', { fullPage: false });

    // The whole report as a file: every refused row and every row imported with a problem.
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download the report (CSV)' }).click();
    const file = await readFile(await (await download).path());
    const lines = file.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Row;Line;Row result;Column;Field;Severity;Code;Problem');
    expect(lines).toHaveLength(1 + x.refused + x.withProblems);
    expect(lines.filter((l) => /^\d+;\d+;Refused;/.test(l))).toHaveLength(x.refused);
    expect(lines.filter((l) => /;Imported;CNPJ;cnpj;Error;cnpj_check_digits;/.test(l))).toHaveLength(x.wrongCnpj);
    expect(lines.filter((l) => /;Imported;WhatsApp;phone;Error;phone_short_subscriber;/.test(l))).toHaveLength(
      x.shortPhones,
    );
    for (const l of lines.slice(1)) {
      const [row, line] = l.split(';').map(Number);
      expect(line, `line of row ${row}`).toBe(lineOf.get(row ?? 0));
    }
    await expect(dialog.getByTestId('export-outcome')).toContainText(`(${x.refused + x.withProblems} rows)`);
    await app.screenshot('imports-messy-update-report-saved', { fullPage: false });

    // The next import's summary is about that import, not the previous report's download.
    await dialog.getByRole('button', { name: 'Import another file' }).click();
    await importOnce(app, leads, 'update', 1);
    await expect(dialog.getByTestId('export-outcome')).toHaveCount(0);
    await app.screenshot('imports-messy-update-summary-2', { fullPage: false });
    await checkLeadsList(leads, 'update', 1);

    await importOnce(app, leads, 'update', 2);
    await checkLeadsList(leads, 'update', 2);
    await checkWhatsAppLeads(leads, x.phoneOnly);
    await app.screenshot('imports-messy-update-leads');

    // Typing one of those WhatsApp numbers by hand, written another way, warns before doubling it.
    await page.getByRole('button', { name: 'Add lead' }).first().click();
    const digits = messy.whatsapp[0] ?? '';
    await leads
      .field('Phone')
      .fill(`+${digits.slice(0, 2)} (${digits.slice(2, 4)}) ${digits.slice(4, 9)}-${digits.slice(9)}`);
    await expect(leads.form.getByTestId('duplicate-warning')).toHaveText(
      'This client already has a lead without e-mail with this phone. Adding it keeps both.',
    );
    await app.screenshot('imports-messy-manual-repeat', { fullPage: false });
    await leads.form.getByRole('button', { name: 'Cancel' }).click();
    await expect(leads.form).toBeHidden();

    // The history says what each import did.
    await leads.tab('Imports').click();
    const items = page.getByTestId('import-row');
    await expect(items).toHaveCount(3);
    await expect(items.first()).toContainText(
      `0 new · ${en(x.leads)} updated · ${x.repeated} repeated in the file · ${x.refused} refused`,
    );
    await expect(items.last()).toContainText(`${en(x.leads)} new · ${x.repeated} repeated in the file`);
    await app.screenshot('imports-messy-history');
  });

  test('with "skip", the second and third imports leave every lead as it was', async ({ app, host, page }) => {
    const leads = new LeadsPageModel(page);
    await app.open(host.url);
    await app.createFirstClient('Clínica Sorriso');
    await app.go('Leads');
    for (let run = 0; run < 3; run++) {
      await importOnce(app, leads, 'skip', run);
      if (run === 1) await app.screenshot('imports-messy-skip-summary-2', { fullPage: false });
      await checkLeadsList(leads, 'skip', run);
    }
    await checkWhatsAppLeads(leads, x.phoneOnly);
  });

  test('with "keep", every row becomes a lead each time, and the repeats are said', async ({ app, host, page }) => {
    const leads = new LeadsPageModel(page);
    await app.open(host.url);
    await app.createFirstClient('Clínica Sorriso');
    await app.go('Leads');
    for (let run = 0; run < 3; run++) {
      await importOnce(app, leads, 'keep', run);
      if (run === 0) await app.screenshot('imports-messy-keep-summary-1', { fullPage: false });
      await checkLeadsList(leads, 'keep', run);
    }
  });
});

test.describe('The import summary in Portuguese', () => {
  test.use({ locale: 'pt-BR' });
  test.setTimeout(120_000);

  test('says in pt-BR what became of the repeated rows and of the rows with problems', async ({ app, host, page }) => {
    await app.open(host.url);
    const firstRun = page.getByTestId('first-run');
    await firstRun.getByRole('textbox').first().fill('Clínica Sorriso');
    await firstRun.getByRole('button', { name: 'Criar primeiro cliente' }).click();
    // The first client opens on Início (home); the leads are one click away.
    await app.go('Leads');
    await page.getByRole('button', { name: 'Importar CSV' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Importar leads de CSV' });
    await dialog.getByTestId('csv-input').setInputFiles({ name: FILE, mimeType: 'text/csv', buffer: messy.bytes });
    await expect(dialog.getByText('Leads repetidos', { exact: true })).toBeVisible({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Iniciar importação' }).click();
    await expect(dialog.getByTestId('import-outcome')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    await expect(dialog.getByTestId('outcome-sentence').first()).toHaveText(
      `${x.repeated} linhas repetiam o lead de uma linha anterior do arquivo e foram juntadas a ele.`,
    );
    await expect(dialog.getByTestId('count-created').getByTestId('count-value')).toHaveText('1.945');
    await expect(dialog.getByTestId('count-withProblems')).toContainText('Com problemas');
    const cnpj = dialog.getByTestId('issue-row').and(dialog.locator('[data-code="cnpj_check_digits"]')).first();
    await expect(cnpj.getByTestId('issue-outcome')).toHaveText('Importada');
    await app.screenshot('imports-messy-pt-BR-summary', { fullPage: false });
    await dialog.getByTestId('issue-report').scrollIntoViewIfNeeded();
    await app.screenshot('imports-messy-pt-BR-report', { fullPage: false });
  });
});
