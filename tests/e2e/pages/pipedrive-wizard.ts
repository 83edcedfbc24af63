import { expect, type Page } from '@playwright/test';
import { CrmWizardModel } from './integration-wizard';

/** The Pipedrive card on Send Leads, the wizard, and Settings → Connected apps → Pipedrive. */
export class PipedriveWizardPage extends CrmWizardModel {
  constructor(page: Page) {
    super(page, { type: 'pipedrive', name: 'Pipedrive', appTab: 'Pipedrive' });
  }

  /** The token route: paste the personal API token and check it. */
  async connectWithToken(token: string): Promise<void> {
    await this.root.getByText('Personal API token', { exact: true }).click();
    await this.root.getByLabel('API token', { exact: true }).fill(token);
    await this.root.getByRole('button', { name: 'Check connection' }).click();
  }

  /** Picks the Pipedrive field for the row whose lead value is `source` ("Score"). */
  async mapField(source: string, field: string): Promise<void> {
    await this.root.getByLabel(`Pipedrive field: ${source}`, { exact: true }).click();
    await this.page.getByRole('option', { name: field, exact: true }).click();
  }

  /** The emulator's account has fields named like the score, its range and the CNPJ: they come picked. */
  async expectSuggestedFields(): Promise<void> {
    for (const [source, field] of [
      ['Score', 'Lead score'],
      ['Score range', 'Score range'],
      ['CNPJ', 'CNPJ'],
    ] as const) {
      await expect(this.root.getByLabel(`Pipedrive field: ${source}`, { exact: true })).toHaveValue(field);
    }
    await expect(this.root.getByRole('button', { name: 'Next' })).toBeEnabled();
  }

  /** Picks the lead label of a score range, by the range's name ("High"). */
  async pickLabel(range: string, label: string): Promise<void> {
    await this.root.getByLabel(new RegExp(`^Lead label: ${range} `)).click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }
}
