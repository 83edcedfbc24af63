import { readFile } from 'node:fs/promises';
import type { LeadDetail } from '#contract';
import { expect, test } from './fixtures/test';
import { LeadsPageModel } from './pages/leads-page';
import { BridgeClient, DispatchMaker, LogsPageModel } from './pages/logs-page';
import { ReportPageModel } from './pages/report-page';

/** A spreadsheet as agencies get them from ad platforms: Portuguese headers, `;`, a source column. */
const CSV = [
  'Nome;E-mail;Celular;Empresa;CNPJ;Cargo;Fonte',
  'Ana Ribeiro;ana@acme.com.br;+55 11 91234-5678;Acme Ltda;11.222.333/0001-81;Diretora Comercial;facebook',
  'Carla Souza;carla@souza.com.br;+55 31 99876-5432;Souza ME;;;Facebook',
  'Bruno Lima;bruno.lima@gmail.com;+55 21 98765-4321;Lima;;;facebook',
  'Davi Rocha;davi@mailinator.com;+55 11 97777-1234;Rocha SA;;;google',
  'Caio Prado;caio@prado.com.br;(11) 98765-4321;Prado Ltda;11.222.333/0001-82;Diretor;google',
  'Eva Melo;eva@melo.com.br;(11) 1234;;;;',
].join('\r\n');

/** Leads a form posts to the local intake API. */
const INTAKE = [
  {
    fullName: 'Gil Torres',
    email: 'gil@torres.com.br',
    phone: '+55 11 95555-1111',
    company: 'Torres Ltda',
    jobTitle: 'Gerente',
    source: 'google-ads',
  },
  { fullName: 'Ivo Nunes', email: 'ivo.nunes@gmail.com', source: 'google-ads' },
];
/** Posted last, while the CRM refuses one contact: an open error. */
const REFUSED = {
  fullName: 'Helena Dias',
  email: 'helena@dias.com.br',
  phone: '+55 11 94444-2222',
  company: 'Dias ME',
  source: 'google-ads',
};

const OPEN = ['pending', 'sending', 'retrying'];

test('the report counts a client’s month as the leads and the Logs do, exports it, prints it, in both languages', async ({
  app,
  host,
  page,
  acEmulator,
}) => {
  test.setTimeout(240_000);
  const leads = new LeadsPageModel(page);
  const report = new ReportPageModel(page);
  /** The whole report in one picture: the main area scrolls, so the window is made tall enough. */
  const shoot = async (name: string) => {
    await page.setViewportSize({ width: 1280, height: 2000 });
    await app.screenshot(name, { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 800 });
  };
  await app.open(host.url);
  await app.createFirstClient('Acme Dental');
  const bridge = await BridgeClient.connect(host.url);
  try {
    const client = await bridge.call('clients:getCurrent', {});
    if (!client) throw new Error('no current client');
    const make = new DispatchMaker(bridge, acEmulator);
    await make.connect(client.id, 'AC Marketing');

    /** Until no dispatch of the client is still on its way. */
    const settled = () =>
      expect
        .poll(
          async () => {
            const { rows } = await bridge.call('logs:list', { clientId: client.id, limit: 200 });
            return rows.filter((r) => OPEN.includes(r.state)).length;
          },
          { timeout: 30_000 },
        )
        .toBe(0);

    // By hand, through the form.
    await app.go('Leads');
    await page.getByRole('button', { name: 'Add lead' }).first().click();
    await leads.field('Name').fill('Júlia Castro');
    await leads.field('E-mail').fill('julia@castro.com.br');
    await leads.field('Phone').fill('(11) 98888-7777');
    await leads.field('Company').fill('Castro Ltda');
    await leads.field('CNPJ').fill('11.222.333/0001-81');
    await leads.field('Job title').fill('Sócia');
    await expect(leads.form.getByTestId('live-score')).toContainText('Would be qualified and sent');
    await leads.form.getByRole('button', { name: 'Add lead' }).click();
    await expect(leads.form).toBeHidden();

    // From a CSV file, through the import dialog.
    await leads.startImportOf('leads-do-mes.csv', Buffer.from(CSV, 'utf8'));
    await expect(leads.targetSelect('Fonte')).toHaveValue('Source');
    await leads.importDialog.getByRole('button', { name: 'Start import' }).click();
    await expect(leads.importDialog.getByTestId('import-outcome')).toHaveAttribute('data-state', 'done', {
      timeout: 60_000,
    });
    await page.keyboard.press('Escape');
    await settled();

    // From a form on the same computer, through the intake API.
    const { token, status } = await bridge.call('intake:enable', { clientId: client.id });
    if (!token || !status.endpoint) throw new Error('intake API not listening');
    const post = async (lead: object) => {
      const res = await fetch(status.endpoint!, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(lead),
      });
      expect(res.status).toBe(202);
    };
    for (const lead of INTAKE) await post(lead);
    await settled();
    // The contact is created first (a duplicate would be synced instead): a refused e-mail ends in error.
    await make.fault({
      kind: 'status',
      status: 422,
      method: 'POST',
      path: '/contacts',
      times: 1,
      body: {
        errors: [
          { title: 'Email address is invalid', code: 'field_invalid', source: { pointer: '/data/attributes/email' } },
        ],
      },
    });
    await post(REFUSED);
    await settled();

    // What the report must say, counted another way: the Leads list's filters and the Logs.
    const now = new Date();
    const from = new Date(now.getFullYear(), now.getMonth(), 1).getTime();
    const to = new Date(now.getFullYear(), now.getMonth() + 1, 1).getTime() - 1;
    const total = async (filter: object) =>
      (await bridge.call('leads:list', { clientId: client.id, from, to, limit: 1, ...filter })).total ?? -1;
    const expected = {
      received: await total({}),
      qualified: await total({ qualified: true }),
      notQualified: await total({ qualified: false }),
      byOrigin: {} as Record<string, { count: number; qualified: number }>,
    };
    for (const origin of ['csv', 'manual', 'api'] as const) {
      const count = await total({ origins: [origin] });
      if (count > 0)
        expected.byOrigin[origin] = { count, qualified: await total({ origins: [origin], qualified: true }) };
    }
    expect(expected).toMatchObject({ received: 10, qualified: 5, notQualified: 5 });
    const listed = (await bridge.call('leads:list', { clientId: client.id, from, to, limit: 200 })).rows;
    const details: LeadDetail[] = [];
    for (const row of listed) details.push(await bridge.call('leads:get', { id: row.id }));
    const refusals: Record<string, number> = {};
    let below = 0;
    for (const d of details.filter((l) => !l.qualified)) {
      for (const b of d.blockedBy) refusals[b] = (refusals[b] ?? 0) + 1;
      if (d.blockedBy.length === 0 && d.score !== null) below++;
    }
    const sources: Record<string, number> = {};
    for (const d of details) {
      const key = d.source?.trim().toLowerCase() ?? '';
      sources[key] = (sources[key] ?? 0) + 1;
    }
    const ranges: Record<string, number> = {};
    for (const d of details.filter((l) => l.qualified))
      ranges[d.scoreRange ?? ''] = (ranges[d.scoreRange ?? ''] ?? 0) + 1;
    const { rows: dispatches } = await bridge.call('logs:list', {
      clientId: client.id,
      includeTests: false,
      limit: 200,
    });
    const sent = dispatches.filter((d) => d.state === 'sent').length;
    const errors = dispatches.filter((d) => d.state === 'error');
    expect(errors.map((e) => e.leadName)).toEqual(['Helena Dias']);

    await app.go('Report');
    await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
    await report.settled();
    await expect(page.getByText(/^What the app did for Acme Dental in \w+ \d{4}\.$/)).toBeVisible();
    expect(await report.kpiValue('received')).toBe(expected.received);
    expect(await report.kpiValue('qualified')).toBe(expected.qualified);
    expect(await report.kpiValue('not-qualified')).toBe(expected.notQualified);
    expect(await report.kpiValue('delivered')).toBe(sent);
    expect(await report.kpiValue('errors')).toBe(errors.length);
    await expect(report.kpi('delivered')).toContainText(`${sent} of ${sent + errors.length} deliveries`);
    await expect(report.kpi('time')).toContainText(/\d+(\.\d)? (sec|min)/);

    const origins = await report.shares('origin-table');
    expect(origins).toEqual(
      Object.fromEntries(
        Object.entries(expected.byOrigin).map(([k, v]) => [k, { count: v.count, qualified: v.qualified }]),
      ),
    );
    const shownSources = await report.shares('source-table');
    expect(Object.fromEntries(Object.entries(shownSources).map(([k, v]) => [k.toLowerCase(), v.count]))).toEqual(
      sources,
    );
    const reasons = await report.shares('reasons-table');
    expect(Object.fromEntries(Object.entries(reasons).map(([k, v]) => [k, v.count]))).toEqual({
      ...refusals,
      belowThreshold: below,
    });
    await expect(report.section('not-qualified')).toContainText('Score below 40');
    await expect(report.page.getByTestId('detractors-table')).toContainText('Disposable e-mail');
    const shownRanges = await report.shares('ranges-table');
    expect(Object.fromEntries(Object.entries(shownRanges).map(([k, v]) => [k, v.count]))).toEqual(ranges);
    expect(await report.deliveryCell('AC Marketing', 'sent')).toBe(sent);
    expect(await report.deliveryCell('AC Marketing', 'error')).toBe(errors.length);
    expect(await report.deliveryCell('AC Marketing', 'leads')).toBe(sent + errors.length);
    await expect(report.errorRows).toHaveCount(1);
    await expect(report.errorRows.first()).toContainText('Helena Dias');
    await expect(report.errorRows.first()).toContainText('(HTTP 422)');
    // Thirty-odd bars, one per day of the month, today's holding every lead.
    const bars = page.getByTestId('report-daily-chart').locator('g[data-date]');
    const days = new Date(now.getFullYear(), now.getMonth() + 1, 0).getDate();
    await expect(bars).toHaveCount(days);
    await expect(bars.and(page.locator(`[data-total="${expected.received}"]`))).toHaveCount(1);
    await shoot('report-en-light');

    // The CSV says the same.
    const downloading = page.waitForEvent('download');
    await report.exportButton.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^zero-bad-leads-report-acme-dental-\d{4}-\d{2}\.csv$/);
    const csv = (await readFile(await download.path())).subarray(3).toString('utf8').split('\r\n');
    const block = (title: string) => {
      const start = csv.findIndex((l) => l.startsWith(`${title};`));
      const end = csv.indexOf('', start);
      return csv.slice(start + 1, end).map((l) => l.split(';'));
    };
    expect(block('Leads received, by how they arrived').find((r) => r[0] === 'Total')).toEqual([
      'Total',
      String(expected.received),
      String(expected.qualified),
      String(expected.notQualified),
    ]);
    expect(block('Delivery per integration')[0]!.slice(0, 4)).toEqual([
      'AC Marketing',
      String(sent + errors.length),
      String(sent),
      String(errors.length),
    ]);
    expect(csv.find((l) => l.startsWith('Open errors;'))).toBe(`Open errors;${errors.length}`);
    expect(csv.some((l) => l.includes(';Helena Dias;helena@dias.com.br;AC Marketing;422;'))).toBe(true);

    // Printed: the report alone, on white, as long as it needs.
    await page.emulateMedia({ media: 'print' });
    await expect(app.nav).toBeHidden();
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
    await expect(page.getByText(/^Made with Zero Bad Leads on /)).toBeVisible();
    await app.screenshot('report-print');
    // On A4 paper the cards stack into fewer columns; what Print to PDF makes of it.
    await page.setViewportSize({ width: 794, height: 1123 });
    await app.screenshot('report-print-a4');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ media: 'screen' });
    await expect(app.nav).toBeVisible();

    // Another month: nothing arrived then.
    await page.getByRole('button', { name: 'Previous month' }).click();
    await report.settled();
    await expect(page.getByTestId('report-empty')).toHaveText('No lead arrived for this client in this period.');
    expect(await report.kpiValue('received')).toBe(0);
    await expect(page.getByRole('button', { name: 'Next month' })).toBeEnabled();
    await page.getByRole('button', { name: 'Next month' }).click();
    await expect(page.getByRole('button', { name: 'Next month' })).toBeDisabled();
    await report.settled();
    await expect.poll(() => report.kpiValue('received')).toBe(expected.received);

    // A custom range of days: today alone holds them all too.
    await report.choosePeriodKind('Custom range');
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    await page.getByRole('textbox', { name: 'From', exact: true }).fill(today);
    await page.getByRole('textbox', { name: 'To', exact: true }).fill(today);
    await report.settled();
    await expect(page.getByTestId('report-daily-chart').locator('g[data-date]')).toHaveCount(1);
    await expect.poll(() => report.kpiValue('received')).toBe(expected.received);
    await page.getByRole('textbox', { name: 'To', exact: true }).fill(`${now.getFullYear() - 2}-01-01`);
    await expect(page.getByText('The last day comes before the first.')).toBeVisible();
    await report.choosePeriodKind('Month');
    await report.settled();

    // Dark.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await shoot('report-en-dark');

    // In Portuguese, light and dark.
    await bridge.call('settings:update', { language: 'pt-BR' });
    await expect(page.getByRole('heading', { name: 'Relatório', level: 1 })).toBeVisible();
    await expect(report.kpi('received')).toContainText('Leads recebidos');
    await expect(page.getByText(/^O que o app fez por Acme Dental em \p{L}+ de \d{4}\.$/u)).toBeVisible();
    await expect(report.section('not-qualified')).toContainText('Pontuação abaixo de 40');
    await shoot('report-pt-BR-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await shoot('report-pt-BR-light');
    await bridge.call('settings:update', { language: 'en' });
    await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();

    // The open errors, in the Logs, where they are resent.
    await page.getByRole('button', { name: 'Show the errors in Logs' }).click();
    const logs = new LogsPageModel(page);
    await expect(logs.heading).toBeVisible();
    await expect(logs.rows).toHaveCount(errors.length);
    await expect(logs.rows.first()).toContainText('Helena Dias');
  } finally {
    bridge.close();
  }
});
