import { expect, type Page } from '@playwright/test';
import { CrmWizardModel } from './integration-wizard';

/** The HubSpot card on Send Leads, the wizard, and Settings → Connected apps. */
export class HubspotWizardPage extends CrmWizardModel {
  constructor(page: Page) {
    super(page, { type: 'hubspot', name: 'HubSpot' });
  }

  async createProperty(label: string): Promise<void> {
    await this.root.getByRole('button', { name: `Create “${label}”` }).click();
    await expect(this.root.getByRole('button', { name: `Create “${label}”` })).toBeHidden();
  }
}
