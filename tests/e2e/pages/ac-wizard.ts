import { expect, type Locator, type Page } from '@playwright/test';
import { IntegrationWizardModel } from './integration-wizard';

export type WizardStep =
  | 'Enter your API URL and API Key'
  | 'Configure the integration'
  | 'Configure automatic tags'
  | 'Assign to lists'
  | 'Configure field mapping'
  | 'Send only the right leads'
  | 'Review and activate';

/** The ActiveCampaign wizard, driven the way the guide describes it (English UI). */
export class AcWizardModel extends IntegrationWizardModel<WizardStep> {
  constructor(page: Page) {
    super(page, { root: 'ac-wizard', done: 'wizard-done' });
  }

  get urlInput(): Locator {
    return this.root.getByLabel(/^API URL/);
  }

  get keyInput(): Locator {
    return this.root.getByLabel(/^API Key/);
  }

  get connectionState(): Locator {
    return this.root.getByTestId('connection-state');
  }

  async fillCredentials(url: string, key: string): Promise<void> {
    await this.urlInput.fill(url);
    await this.keyInput.fill(key);
  }

  /** Credentials, then every other step as suggested, up to the review. */
  async quickSetup(url: string, key: string): Promise<void> {
    await this.fillCredentials(url, key);
    await expect(this.connectionState).toContainText('Connected to ActiveCampaign');
    for (const step of [
      'Configure the integration',
      'Configure automatic tags',
      'Assign to lists',
      'Configure field mapping',
      'Send only the right leads',
      'Review and activate',
    ] as const) {
      await this.next(step);
    }
  }

  async goToStep(number: number, name: string, heading: WizardStep): Promise<void> {
    await this.root.getByRole('button', { name: `Step ${number}: ${name}` }).click();
    await this.expectStep(heading);
  }

  async addFixedTag(tag: string): Promise<void> {
    const input = this.root.getByRole('combobox', { name: 'Fixed tags' });
    await input.fill(tag);
    await input.press('Enter');
  }

  /** The fixed tags, as pills in the field (only the tags step has pills). */
  fixedTagPills(): Locator {
    return this.root.getByTestId('pill');
  }

  async removeFixedTag(tag: string): Promise<void> {
    await this.root.getByRole('button', { name: `Remove the tag “${tag}”`, exact: true }).click();
  }

  async chooseLists(names: string[]): Promise<void> {
    const input = this.root.getByRole('combobox', { name: 'Lists' });
    for (const name of names) {
      await input.click();
      await this.page.getByRole('option', { name, exact: true }).click();
    }
    await this.page.keyboard.press('Escape');
  }

  /** Picks an existing custom field for a mapping row ("Score", "CNPJ", "added mapping 1"). */
  async mapField(source: string, title: string): Promise<void> {
    await this.root.getByLabel(`Custom field for ${source}`, { exact: true }).click();
    await this.page.getByRole('option', { name: title, exact: true }).click();
  }

  async createField(source: string, title: string): Promise<void> {
    await this.root.getByRole('button', { name: `Create a custom field for ${source}` }).click();
    const name = this.page.getByLabel('Field name');
    await name.fill(title);
    await this.page.getByRole('button', { name: 'Create field' }).click();
    await expect(name).toBeHidden();
    await expect(this.root.getByLabel(`Custom field for ${source}`, { exact: true })).toHaveValue(title);
  }

  async addMapping(sourceLabel: string, number: number): Promise<void> {
    await this.root.getByRole('button', { name: 'Add mapping' }).click();
    await this.root.getByLabel(`Lead field of added mapping ${number}`, { exact: true }).click();
    await this.page.getByRole('option', { name: sourceLabel, exact: true }).click();
  }

  condition(number: number): Locator {
    return this.root.getByRole('group', { name: `Condition ${number}`, exact: true });
  }

  async addCondition(type: string, number: number): Promise<void> {
    await this.root.getByRole('button', { name: 'Add condition' }).click();
    await this.root.getByLabel(`Condition ${number}: type`, { exact: true }).click();
    await this.page.getByRole('option', { name: type, exact: true }).click();
  }

  get filterCount(): Locator {
    return this.root.getByTestId('filter-count');
  }

  previewCalls(): Locator {
    return this.root.getByTestId('preview-call');
  }

  async backToList(): Promise<void> {
    await this.root.getByRole('button', { name: 'Back to Send Leads' }).first().click();
    await expect(this.root).toBeHidden();
  }
}
