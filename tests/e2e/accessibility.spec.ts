import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { CSV_FIXTURES, LeadsPageModel } from './pages/leads-page';
import { BridgeClient, DispatchMaker, LogsPageModel } from './pages/logs-page';

/** The rules axe-core checks: WCAG 2.1 A and AA. Only serious and critical findings fail. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING = new Set(['serious', 'critical']);

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  /** Each failing element: its markup's start and what axe-core says to fix. */
  nodes: string[];
}

async function scan(page: Page, screen: string, findings: Finding[]): Promise<void> {
  // A dialog still fading in would leave half-blended colours for the contrast rule to measure.
  // (Polled from here: the page's CSP forbids the string evaluation waitForFunction would need.)
  await expect
    .poll(() => page.evaluate<boolean>("document.getAnimations().every((a) => a.playState !== 'running')"))
    .toBe(true);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  for (const v of results.violations) {
    if (!v.impact || !FAILING.has(v.impact)) continue;
    const { nodes } = v;
    findings.push({
      screen,
      rule: v.id,
      impact: v.impact,
      nodes: nodes.map((n) => `${n.html.slice(0, 160)} → ${n.failureSummary ?? ''}`.replace(/\s+/g, ' ')),
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every page passes axe-core's WCAG 2.1 AA checks in ${scheme} mode`, async ({ app, host, page, acEmulator }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const findings: Finding[] = [];
    // Each screen checked is also kept as a picture, for looking at what was checked.
    const check = async (screen: string) => {
      await scan(page, screen, findings);
      const name = screen.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      await app.screenshot(`a11y-${scheme}-${name}`, { fullPage: false });
    };
    const leads = new LeadsPageModel(page);
    const logs = new LogsPageModel(page);

    await app.open(host.url);
    await check('first run');
    await app.createFirstClient('Acme Dental');

    const bridge = await BridgeClient.connect(host.url);
    try {
      const client = await bridge.call('clients:getCurrent', {});
      if (!client) throw new Error('no current client');
      await bridge.call('leads:create', {
        clientId: client.id,
        lead: { fullName: 'Ana Lima', email: 'ana@clinicasorriso.com.br', phone: '(11) 98765-4321' },
      });
      const make = new DispatchMaker(bridge, acEmulator);
      const integration = await make.connect(client.id, 'AC Marketing');
      expect((await make.sendTest(integration)).state).toBe('sent');
      expect((await make.failOnce(integration)).state).toBe('error');
      expect((await make.retryOnce(integration)).state).toBe('retrying');

      await app.go('Home');
      await expect(page.getByRole('region', { name: 'Needs attention' })).toBeVisible();
      await expect(page.getByTestId('home-client')).toHaveCount(1);
      await check('Home');

      await app.go('Clients');
      await check('Clients');

      await app.go('Leads');
      await leads.tab('Leads').click();
      await expect(leads.rows.first()).toBeVisible();
      await check('Leads');
      await leads.open(leads.row('Ana Lima'));
      await check('Lead detail drawer');
      await leads.closeDrawer();

      await page.getByRole('button', { name: 'Add lead' }).first().click();
      await expect(leads.form).toBeVisible();
      await leads.field('E-mail').fill('ana@gmial.com');
      await expect(leads.form.getByText('Did you mean ana@gmail.com?')).toBeVisible();
      await check('Add a lead dialog');
      await page.keyboard.press('Escape');
      await expect(leads.form).toBeHidden();

      await page.getByRole('button', { name: 'Import CSV' }).first().click();
      await expect(leads.importDialog).toBeVisible();
      await check('CSV import dialog (file)');
      await leads.importDialog.getByTestId('csv-input').setInputFiles(join(CSV_FIXTURES, 'leads-excel-cp1252.csv'));
      await expect(leads.importDialog.getByTestId('mapping-table')).toBeVisible();
      await check('CSV import dialog (preview)');
      await page.keyboard.press('Escape');
      await expect(leads.importDialog).toBeHidden();

      for (const tab of ['Imports', 'Scoring', 'Settings'] as const) {
        await leads.tab(tab).click();
        await expect(leads.tab(tab)).toHaveAttribute('aria-selected', 'true');
        await check(`Leads › ${tab}`);
        if (tab === 'Scoring') {
          // The coverage bar's parts are named by range, in the UI language, as the ranges are elsewhere.
          const coverage = page.getByRole('group', { name: 'How the ranges cover 0–100' });
          await expect(coverage.getByRole('progressbar', { name: 'High · 70–100' })).toHaveText('High');
        }
      }

      await app.go('Send Leads');
      await expect(page.getByText('AC Marketing').first()).toBeVisible();
      await check('Send Leads');
      // The test lead panel, with its company choice, its calls and its notes.
      await app.sendLeads.openTestLead('AC Marketing');
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('checkbox')).toBeVisible();
      await dialog.getByRole('button', { name: 'Send test lead' }).click();
      await expect(dialog).toContainText('Test lead delivered', { timeout: 20_000 });
      await expect(dialog.getByTestId('test-lead-notes')).toBeVisible();
      await check('Send test lead dialog');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      await app.go('Logs');
      await expect(logs.rows).toHaveCount(4);
      await check('Logs');
      await logs.open(logs.row(/Error/));
      await check('Logs drawer');
      await logs.closeDrawer();
      await logs.openTab('Client health');
      await expect(logs.healthClient('Acme Dental')).toBeVisible();
      await check('Client health');

      await app.go('Report');
      await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
      await expect(page.getByTestId('kpi-received').getByTestId('kpi-value')).toHaveText('1');
      await check('Report');

      await app.go('Settings');
      await check('Settings');
    } finally {
      bridge.close();
    }

    expect(findings).toEqual([]);
  });
}
