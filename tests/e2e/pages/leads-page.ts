import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export const CSV_FIXTURES = join(__dirname, '..', 'fixtures', 'csv');

/** The Leads page, its CSV import, the lead drawer and the manual form, as a user reads them. */
export class LeadsPageModel {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Leads', level: 1 });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Leads' });
  }

  get rows(): Locator {
    return this.page.getByTestId('lead-row');
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  tab(name: 'Leads' | 'Imports' | 'Scoring' | 'Settings'): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  // ---- CSV import ----

  get importDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import leads from CSV' });
  }

  async startImport(fileName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Import CSV' }).first().click();
    await expect(this.importDialog).toBeVisible();
    await this.importDialog.getByTestId('csv-input').setInputFiles(join(CSV_FIXTURES, fileName));
    await expect(this.importDialog.getByTestId('mapping-table')).toBeVisible();
  }

  /** A file made by the test (a large one, say), chosen the same way. */
  async startImportOf(name: string, content: Buffer): Promise<void> {
    await this.page.getByRole('button', { name: 'Import CSV' }).first().click();
    await expect(this.importDialog).toBeVisible();
    await this.importDialog.getByTestId('csv-input').setInputFiles({ name, mimeType: 'text/csv', buffer: content });
    await expect(this.importDialog.getByTestId('mapping-table')).toBeVisible({ timeout: 30_000 });
  }

  mappingRow(header: string): Locator {
    return this.importDialog.getByTestId('mapping-row').and(this.page.locator(`[data-header="${header}"]`));
  }

  targetSelect(header: string): Locator {
    return this.importDialog.getByRole('combobox', { name: `Destination of column ${header}` });
  }

  async mapColumn(header: string, target: string): Promise<void> {
    await this.targetSelect(header).click();
    await this.page.getByRole('option', { name: target, exact: true }).click();
    await expect(this.targetSelect(header)).toHaveValue(target);
  }

  count(
    name: 'rows' | 'created' | 'updated' | 'duplicates' | 'repeated' | 'invalid' | 'withProblems' | 'qualified',
  ): Locator {
    return this.importDialog.getByTestId(`count-${name}`).getByTestId('count-value');
  }

  /** How many leads the list says match, from "1,945 leads" or "100 of 1,945 shown…". */
  async listedTotal(): Promise<number> {
    const text = await this.page.getByTestId('leads-count').innerText();
    const total = /of (?:more than )?([\d,.]+) shown/.exec(text)?.[1] ?? /^([\d,.]+) leads?/.exec(text)?.[1] ?? '';
    return Number(total.replace(/\D/g, ''));
  }

  // ---- Drawer ----

  get drawer(): Locator {
    return this.page.getByRole('dialog', { name: 'Lead details' });
  }

  async open(row: Locator): Promise<void> {
    await row.click();
    await expect(this.drawer.getByTestId('lead-detail')).toBeVisible();
  }

  async closeDrawer(): Promise<void> {
    await this.drawer.getByRole('button', { name: 'Close' }).first().click();
    await expect(this.drawer).toBeHidden();
  }

  // ---- Manual form ----

  get form(): Locator {
    return this.page.getByRole('dialog', { name: 'Add a lead' });
  }

  field(label: string): Locator {
    return this.form.getByRole('textbox', { name: label, exact: true });
  }
}
