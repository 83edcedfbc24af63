import { expect, type Locator, type Page } from '@playwright/test';

/** The Report page as a user reads it. */
export class ReportPageModel {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 }).first();
  }

  kpi(id: 'received' | 'qualified' | 'not-qualified' | 'delivered' | 'errors' | 'time'): Locator {
    return this.page.getByTestId(`kpi-${id}`);
  }

  async kpiValue(id: Parameters<ReportPageModel['kpi']>[0]): Promise<number> {
    return toNumber(await this.kpi(id).getByTestId('kpi-value').innerText());
  }

  section(id: string): Locator {
    return this.page.getByTestId(`section-${id}`);
  }

  /** A breakdown table's rows as { key → leads (and qualified) }. */
  async shares(tableTestId: string): Promise<Record<string, { count: number; qualified: number | null }>> {
    const rows = this.page.getByTestId(tableTestId).getByTestId('share-row');
    const out: Record<string, { count: number; qualified: number | null }> = {};
    for (const row of await rows.all()) {
      const key = (await row.getAttribute('data-key')) ?? '';
      const qualified = row.getByTestId('qualified');
      out[key] = {
        count: toNumber(await row.getByTestId('count').innerText()),
        qualified: (await qualified.count()) > 0 ? toNumber(await qualified.innerText()) : null,
      };
    }
    return out;
  }

  deliveryRow(name: string): Locator {
    return this.page.getByTestId('delivery-row').and(this.page.locator(`[data-name="${name}"]`));
  }

  async deliveryCell(
    name: string,
    cell: 'leads' | 'sent' | 'error' | 'waiting' | 'skipped' | 'cancelled',
  ): Promise<number> {
    return toNumber(await this.deliveryRow(name).getByTestId(cell).innerText());
  }

  get errorRows(): Locator {
    return this.page.getByTestId('error-row');
  }

  get periodKind(): Locator {
    return this.page.getByRole('radiogroup', { name: /Kind of period|Tipo de período/ });
  }

  async choosePeriodKind(label: string): Promise<void> {
    await this.page.getByText(label, { exact: true }).click();
  }

  get exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export CSV' });
  }

  /** Waits until the figures on screen answer the current period (no count running). */
  async settled(): Promise<void> {
    await expect(this.page.getByTestId('kpi-received')).toBeVisible();
    await expect(
      this.page
        .getByRole('group', { name: /Report period and actions|Período do relatório/ })
        .locator('.mantine-Loader-root'),
    ).toHaveCount(0);
  }
}

/** "1,234" or "1.234" → 1234. */
export function toNumber(text: string): number {
  const digits = text.replace(/[^\d]/g, '');
  if (digits === '') throw new Error(`not a number: ${text}`);
  return Number(digits);
}
