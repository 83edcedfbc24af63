import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { CSV_FIXTURES, LeadsPageModel } from './pages/leads-page';

/** A downloaded CSV's lines, after checking the BOM Excel needs to read it as UTF-8. */
async function csvLines(download: Download): Promise<string[]> {
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
}

test.describe('Leads', () => {
  test('import an Excel CSV with a mapping change, read the report, the scored table and a lead’s reasons', async ({
    app,
    host,
    page,
  }) => {
    const leads = new LeadsPageModel(page);
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');
    await app.go('Leads');
    await expect(leads.heading).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your leads will appear here', level: 2 })).toBeVisible();
    await app.screenshot('leads-empty');

    // Preview: Windows-1252 and ";" detected, columns guessed from their headers.
    await leads.startImport('leads-excel-cp1252.csv');
    const dialog = leads.importDialog;
    await expect(dialog.getByRole('combobox', { name: 'Encoding' })).toHaveValue('Windows-1252 (Excel)');
    await expect(dialog.getByRole('combobox', { name: 'Separator' })).toHaveValue('Semicolon ;');
    await expect(dialog.getByTestId('separator-unsure')).toHaveCount(0);
    await expect(leads.mappingRow('Empresa')).toContainText('Acme Indústria');
    await expect(leads.targetSelect('Empresa')).toHaveValue('Company');
    await expect(leads.targetSelect('Segmento')).toHaveValue('Custom field “segmento”');
    await expect(leads.targetSelect('utm_source')).toHaveValue('UTM source');
    // A field named inside a longer header is found too.
    await expect(leads.targetSelect('WhatsApp do lead')).toHaveValue('Phone');
    const badRow = dialog.getByTestId('sample-row').filter({ hasText: 'Carlos Sem Contato' });
    await expect(badRow).toHaveAttribute('data-status', 'invalid');
    await expect(badRow).toContainText('neither an e-mail nor a phone');
    // The user's own choice: the segment column is where these leads came from.
    await leads.mapColumn('Segmento', 'Source');
    await expect(dialog.getByTestId('policy-update')).toHaveAttribute('data-checked', 'true');
    await app.screenshot('leads-import-preview', { fullPage: false });

    // Removing every contact column is refused before anything is sent.
    await leads.mapColumn('E-mail', 'Do not import');
    await leads.mapColumn('WhatsApp do lead', 'Do not import');
    await expect(dialog.getByTestId('mapping-warning').first()).toContainText('No column goes to E-mail or Phone');
    await expect(dialog.getByRole('button', { name: 'Start import' })).toBeDisabled();
    // The sample rows are checked again under the changed columns.
    const joaoRow = dialog.getByTestId('sample-row').filter({ hasText: 'Conceição' }).first();
    await expect(joaoRow).toHaveAttribute('data-status', 'invalid');
    await expect(joaoRow).toContainText('neither an e-mail nor a phone');
    await leads.mapColumn('E-mail', 'E-mail');
    await leads.mapColumn('WhatsApp do lead', 'Phone');
    await expect(joaoRow).toHaveAttribute('data-status', 'ok');

    await dialog.getByRole('button', { name: 'Start import' }).click();
    await expect(dialog.getByTestId('import-outcome')).toHaveAttribute('data-state', 'done');
    await expect(leads.count('rows')).toHaveText('5');
    await expect(leads.count('created')).toHaveText('3');
    // The repeated e-mail (another case) was merged into the lead of its earlier row instead of
    // doubling it; no lead existed before, so none counts as updated.
    await expect(leads.count('repeated')).toHaveText('1');
    await expect(leads.count('updated')).toHaveText('0');
    await expect(dialog.getByTestId('count-duplicates')).toHaveCount(0);
    await expect(leads.count('invalid')).toHaveText('1');
    await expect(leads.count('withProblems')).toHaveText('1');
    // João counts once, however many of his rows the file has.
    await expect(leads.count('qualified')).toHaveText('2');
    // The refused row, then the lead imported with problems to fix in the file.
    const report = dialog.getByTestId('issue-row');
    await expect(report).toHaveCount(3);
    await expect(report.first()).toHaveAttribute('data-outcome', 'refused');
    await expect(report.first()).toContainText('4');
    await expect(report.first()).toContainText('E-mail');
    await expect(report.first()).toContainText('neither an e-mail nor a phone');
    await expect(report.nth(1)).toHaveAttribute('data-outcome', 'imported');
    await expect(report.nth(1)).toContainText('5');
    await app.screenshot('leads-import-summary', { fullPage: false });

    // The same report as a file, to fix the spreadsheet row by row.
    const reportFile = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download the report (CSV)' }).click();
    const report_ = await reportFile;
    expect(report_.suggestedFilename()).toBe('leads-excel-cp1252-report.csv');
    const reportLines = await csvLines(report_);
    expect(reportLines[0]).toBe('Row;Line;Row result;Column;Field;Severity;Code;Problem');
    expect(reportLines.slice(1)).toHaveLength(3);
    expect(reportLines[1]).toMatch(
      /^4;4;Refused;E-mail;email;Error;no_contact;The row has neither an e-mail nor a phone/,
    );
    expect(reportLines[2]).toMatch(/^5;5;Imported;/);
    await expect(dialog.getByTestId('export-outcome')).toContainText('leads-excel-cp1252-report.csv (3 rows)');
    await app.screenshot('leads-import-report-saved', { fullPage: false });

    await dialog.getByRole('button', { name: 'Show imported leads' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('import-filter')).toContainText('leads-excel-cp1252.csv');
    await expect(leads.rows).toHaveCount(3);
    await expect(page.getByTestId('leads-count')).toHaveText('3 leads');

    // Scores as the default profile gives them: the phone mapping is what makes João "high".
    const joao = leads.row('João Conceição');
    await expect(joao.getByTestId('score-badge')).toHaveText('80');
    await expect(joao.getByTestId('range-badge')).toHaveText('High');
    await expect(joao.getByTestId('email-kind')).toHaveText('Corporate');
    await expect(joao.getByTestId('qualified')).toHaveAttribute('data-qualified', 'yes');
    const maria = leads.row('Maria Araújo');
    await expect(maria.getByTestId('score-badge')).toHaveText('40');
    await expect(maria.getByTestId('range-badge')).toHaveText('Medium');
    await expect(maria.getByTestId('email-kind')).toHaveText('Free');
    const teste = leads.row('Teste Teste');
    await expect(teste.getByTestId('score-badge')).toHaveText('0');
    await expect(teste.getByTestId('range-badge')).toHaveText('Low');
    await expect(teste.getByTestId('email-kind')).toHaveText('Disposable');
    await expect(teste.getByTestId('checks')).toHaveAttribute('data-count', '3');
    await expect(joao.getByTestId('checks')).toHaveAttribute('data-count', '0');
    await app.screenshot('leads-table');

    // The filtered list as a CSV file for Excel.
    const listFile = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const list = await csvLines(await listFile);
    expect(list[0]).toMatch(/^Received;Name;E-mail;Phone;Company;CNPJ;/);
    expect(list.slice(1)).toHaveLength(3);
    expect(list.find((l) => l.includes('João Conceição'))).toMatch(/;80;High;yes;Corporate;0;CSV;/);
    await expect(page.getByTestId('export-outcome')).toContainText('(3 rows)');
    await page.getByTestId('export-outcome').getByRole('button', { name: 'Close' }).click();

    // The detail: fields (the update took the later job title), checks and every reason.
    await leads.open(joao);
    const drawer = leads.drawer;
    await expect(drawer.getByTestId('lead-fields')).toContainText('11.222.333/0001-81');
    await expect(drawer.getByTestId('lead-fields')).toContainText('+5511987654321');
    await expect(drawer.getByTestId('lead-fields')).toContainText('CEO');
    await expect(drawer.getByTestId('lead-fields')).toContainText('Indústria');
    await expect(drawer.getByTestId('lead-fields')).toContainText('google');
    await expect(drawer.getByTestId('checks-clear')).toBeVisible();
    const reasons = drawer.getByTestId('score-reason');
    await expect(reasons.filter({ hasText: 'Corporate e-mail' })).toContainText('+25');
    await expect(reasons.filter({ hasText: 'Valid CNPJ' })).toContainText('+20');
    await expect(reasons.filter({ hasText: 'Job title' })).toContainText('+15');
    await expect(reasons.filter({ hasText: 'Valid mobile' })).toContainText('+10');
    await expect(drawer.getByTestId('qualified-summary')).toContainText('Qualified');
    await app.screenshot('leads-drawer', { fullPage: false });
    await leads.closeDrawer();

    await leads.open(teste);
    await expect(drawer.getByTestId('lead-issue').filter({ hasText: 'disposable' })).toBeVisible();
    await expect(drawer.getByTestId('lead-issue').filter({ hasText: 'placeholder' })).toBeVisible();
    await expect(drawer.getByTestId('score-reason').filter({ hasText: 'Disposable e-mail' })).toContainText('−40');
    await expect(drawer.getByTestId('score-clamped')).toHaveText(
      'The points add up to less than 0; a score never goes below 0.',
    );
    await app.screenshot('leads-drawer-problems', { fullPage: false });
    await leads.closeDrawer();

    // Filters: the chip goes, range and kind narrow the list, and survive leaving the page.
    await page.getByRole('button', { name: 'Show all imports' }).click();
    await expect(page.getByTestId('import-filter')).toHaveCount(0);
    await page.getByRole('search').getByText('With problems').click();
    await expect(leads.rows).toHaveCount(1);
    await app.go('Logs');
    await app.go('Leads');
    await expect(leads.rows).toHaveCount(1);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(leads.rows).toHaveCount(3);
    await page.getByRole('search').getByLabel('Search').fill('nobody-has-this');
    await expect(page.getByRole('heading', { name: 'No lead matches these filters' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).last().click();
    await expect(leads.rows).toHaveCount(3);

    // The import is in the history, with the same summary.
    await leads.tab('Imports').click();
    const item = page.getByTestId('import-row');
    await expect(item).toHaveCount(1);
    await expect(item.getByTestId('import-state')).toHaveText('Done');
    await app.screenshot('leads-imports-tab');

    // Dark mode: the same table and drawer.
    await leads.tab('Leads').click();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(leads.rows).toHaveCount(3);
    await app.screenshot('leads-table-dark');
    await leads.open(leads.row('João Conceição'));
    await app.screenshot('leads-drawer-dark', { fullPage: false });
    await leads.closeDrawer();
    await leads.tab('Imports').click();
    await page.getByTestId('import-row').click();
    const summary = page.getByRole('dialog', { name: 'leads-excel-cp1252.csv' });
    await expect(summary.getByTestId('issue-row')).toHaveCount(3);
    await app.screenshot('leads-import-summary-dark', { fullPage: false });
  });

  test('add a lead by hand: inline checks, a suggestion taken, the live score and the result', async ({
    app,
    host,
    page,
  }) => {
    const leads = new LeadsPageModel(page);
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');
    await app.go('Leads');
    // Added from another tab (the page reopens on the last one used), the lead is still shown.
    await leads.tab('Scoring').click();
    await page.getByRole('button', { name: 'Add lead' }).first().click();
    const form = leads.form;
    await expect(form).toBeVisible();
    // The × is announced by name, like every dialog's.
    await expect(form.getByRole('button', { name: 'Close', exact: true })).toBeVisible();
    await expect(form.getByTestId('live-score')).toContainText('Type an e-mail or a phone');

    await leads.field('Name').fill('Ana Lima');
    await leads.field('E-mail').fill('ana@gmial.com');
    await leads.field('Phone').fill('(11) 8765-4321');
    await leads.field('Company').fill('Clínica Sorriso');
    await leads.field('CNPJ').fill('11.222.333/0001-80');
    await leads.field('Job title').fill('Sócia');
    // Inline problems, in plain words, as the core finds them.
    await expect(form.getByText('Mobile numbers have a ninth digit. Did you mean (11) 98765-4321?')).toBeVisible();
    await expect(form.getByText('Probable typo of gmail.com: did you mean ana@gmail.com?')).toBeVisible();
    await expect(form.getByText('The CNPJ check digits do not match')).toBeVisible();
    await expect(leads.field('Phone')).toHaveAttribute('aria-invalid', 'true');
    await app.screenshot('leads-form-errors', { fullPage: false });

    // Fixed before submitting: the suggestions are taken with one click, the CNPJ retyped.
    await form.getByRole('button', { name: 'Use it: ana@gmail.com' }).click();
    await expect(leads.field('E-mail')).toHaveValue('ana@gmail.com');
    await form.getByRole('button', { name: 'Use it: (11) 98765-4321' }).click();
    await expect(leads.field('Phone')).toHaveValue('(11) 98765-4321');
    await leads.field('CNPJ').fill('11.222.333/0001-81');
    await expect(leads.field('Phone')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByText('Mobile · (11) 98765-4321')).toBeVisible();
    await expect(form.getByText('Valid CNPJ · 11.222.333/0001-81')).toBeVisible();
    // free 5 + phone 10 + mobile 10 + CNPJ 20 + "sócia" 15 = 60: medium, qualified.
    await expect(form.getByTestId('live-score').getByTestId('score-badge')).toHaveText('60');
    await expect(form.getByTestId('live-score')).toContainText('Would be qualified and sent');
    await form.getByRole('button', { name: 'Add field' }).click();
    await form.getByRole('textbox', { name: 'Field 1' }).fill('Segmento da empresa');
    await form.getByRole('textbox', { name: 'Value 1' }).fill('Odontologia');
    await expect(form.getByText('Saved as segmento_da_empresa')).toBeVisible();
    await app.screenshot('leads-form-fixed', { fullPage: false });

    await form.getByRole('button', { name: 'Add lead' }).click();
    await expect(form).toBeHidden();
    const toast = page.getByRole('alert').filter({ hasText: 'Lead added and qualified' });
    await expect(toast).toHaveText(/no integration is active to send it to\.$/);
    await expect(leads.tab('Leads')).toHaveAttribute('aria-selected', 'true');
    await expect(leads.rows).toHaveCount(1);
    await expect(leads.row('Ana Lima').getByTestId('score-badge')).toHaveText('60');
    // The toast keeps to the sidebar's corner: the drawer opened meanwhile is not covered.
    await leads.open(leads.row('Ana Lima'));
    await expect(toast).toBeVisible();
    const [toastBox, drawerBox] = [await toast.boundingBox(), await leads.drawer.boundingBox()];
    if (!toastBox || !drawerBox) throw new Error('toast or drawer not laid out');
    expect(toastBox.x + toastBox.width).toBeLessThanOrEqual(drawerBox.x);
    await app.screenshot('leads-added-toast-drawer', { fullPage: false });
    await leads.closeDrawer();

    // The same e-mail again: the form warns before a second lead is made.
    await page.getByRole('button', { name: 'Add lead' }).first().click();
    await leads.field('E-mail').fill('ANA@gmail.com');
    await expect(form.getByTestId('duplicate-warning')).toBeVisible();
    await leads.field('E-mail').fill('');
    await leads.field('Name').fill('Sem contato');
    await form.getByRole('button', { name: 'Add lead' }).click();
    await expect(form.getByText('Enter an e-mail or a phone: a lead needs one of them.')).toBeVisible();
    await page.keyboard.press('Escape');

    // Filters that would hide it are cleared, and the toast says so.
    await page.getByRole('search').getByLabel('Search').fill('nobody-has-this');
    await expect(leads.rows).toHaveCount(0);
    await leads.tab('Imports').click();
    await page.getByRole('button', { name: 'Add lead' }).first().click();
    await leads.field('Name').fill('Bruno Reis');
    await leads.field('E-mail').fill('bruno@clinicasorriso.com.br');
    await form.getByRole('button', { name: 'Add lead' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByRole('alert').filter({ hasText: 'Bruno Reis' })).toContainText(
      'The list’s filters were cleared so it shows.',
    );
    await expect(leads.tab('Leads')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('search').getByLabel('Search')).toHaveValue('');
    await expect(leads.rows).toHaveCount(2);
    await expect(leads.rows.first()).toContainText('Bruno Reis');
  });

  test('a long import shows its progress, keeps going when the window closes, and can be cancelled', async ({
    app,
    host,
    page,
  }) => {
    const leads = new LeadsPageModel(page);
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');
    await app.go('Leads');

    // Large enough that reading it takes a while: the progress is shown while it runs.
    const ROWS = 100_000;
    const lines = ['Nome,E-mail,Telefone'];
    for (let i = 0; i < ROWS; i++) {
      lines.push(`Pessoa ${i},pessoa${i}@empresa${i % 97}.com.br,(11) 9${String(10_000_000 + i).slice(-8)}`);
    }
    await leads.startImportOf('big-export.csv', Buffer.from(lines.join('\n'), 'utf8'));
    const dialog = leads.importDialog;
    await expect(dialog.getByRole('combobox', { name: 'Separator' })).toHaveValue('Comma ,');
    await dialog.getByRole('button', { name: 'Start import' }).click();
    await expect(dialog.getByTestId('import-progress')).toBeVisible();
    await expect(dialog.getByTestId('import-progress')).toContainText('Importing big-export.csv');
    await app.screenshot('leads-import-progress', { fullPage: false });

    // Closing the window does not stop it: the home screen lists it, and its "Open" brings its details
    // back over the client's Imports tab, where it is listed as running.
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('big-export.csv is being imported.')).toBeVisible();
    await app.go('Home');
    await page.getByRole('button', { name: 'Open the import of big-export.csv (Acme Dental)' }).click();
    const details = page.getByRole('dialog', { name: 'big-export.csv' });
    await expect(details.getByTestId('import-progress')).toContainText('Importing big-export.csv');
    await app.screenshot('home-import-opened', { fullPage: false });
    await expect(leads.tab('Imports')).toHaveAttribute('aria-selected', 'true');
    const item = page.getByTestId('import-row');
    await expect(item).toHaveAttribute('data-state', 'running');
    await details.getByRole('button', { name: 'Cancel import' }).click();
    await expect(details.getByTestId('import-outcome')).toHaveAttribute('data-state', 'cancelled');
    const read = Number(
      (await details.getByTestId('count-rows').getByTestId('count-value').innerText()).replace(/\D/g, ''),
    );
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(ROWS);
    await details.getByRole('button', { name: 'Close' }).last().click();
    await expect(item).toHaveAttribute('data-state', 'cancelled');
  });
});

test.describe('Leads in Portuguese', () => {
  test.use({ locale: 'pt-BR' });

  test('the import and the table speak pt-BR', async ({ app, host, page }) => {
    await app.open(host.url);
    const firstRun = page.getByTestId('first-run');
    await firstRun.getByRole('textbox').first().fill('Clínica Sorriso');
    await firstRun.getByRole('button', { name: 'Criar primeiro cliente' }).click();
    // The first client opens on Início (home); the leads are one click away.
    await app.go('Leads');
    await expect(page.getByRole('heading', { name: 'Seus leads aparecerão aqui', level: 2 })).toBeVisible();

    await page.getByRole('button', { name: 'Importar CSV' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Importar leads de CSV' });
    await dialog.getByTestId('csv-input').setInputFiles(join(CSV_FIXTURES, 'leads-excel-cp1252.csv'));
    await expect(dialog.getByRole('combobox', { name: 'Separador' })).toHaveValue('Ponto e vírgula ;');
    await expect(dialog.getByRole('combobox', { name: 'Destino da coluna Empresa' })).toHaveValue('Empresa');
    await expect(dialog.getByTestId('sample-row').filter({ hasText: 'Carlos' })).toContainText('nem telefone');
    await app.screenshot('leads-pt-BR-import-preview', { fullPage: false });
    await dialog.getByRole('button', { name: 'Iniciar importação' }).click();
    await expect(dialog.getByTestId('import-outcome')).toContainText('Importação concluída');
    const reportFile = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Baixar o relatório (CSV)' }).click();
    const report = await csvLines(await reportFile);
    expect(report[0]).toBe('Linha;Linha do arquivo;Resultado da linha;Coluna;Campo;Gravidade;Código;Problema');
    expect(report[1]).toMatch(/^4;4;Recusada;E-mail;email;Erro;no_contact;A linha não tem e-mail nem telefone/);
    await dialog.getByRole('button', { name: 'Ver leads importados' }).click();
    await expect(page.getByTestId('lead-row')).toHaveCount(3);
    await expect(page.getByTestId('leads-count')).toHaveText('3 leads');
    await app.screenshot('leads-pt-BR-table');

    const file = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportar CSV' }).click();
    const lines = await csvLines(await file);
    expect(lines[0]).toMatch(/^Recebido;Nome;E-mail;Telefone;Empresa;CNPJ;Cargo;Cidade;UF;/);
    expect(lines.find((l) => l.includes('João Conceição'))).toMatch(/;80;Alta;sim;Corporativo;0;CSV;/);
    await expect(page.getByTestId('export-outcome')).toContainText('(3 linhas)');
  });
});
