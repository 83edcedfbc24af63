import { expect, type Locator, type Page } from '@playwright/test';

/** The Send Leads section: integration cards, each integration's actions and their dialogs. */
export class SendLeadsPageModel {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Send Leads', level: 1 });
  }

  get acCard(): Locator {
    return this.page.getByTestId('card-activecampaign');
  }

  /** One ActiveCampaign integration in the card, found by its exact name. */
  item(name: string): Locator {
    return this.acCard.getByRole('group', { name, exact: true });
  }

  status(name: string): Locator {
    return this.item(name).getByTestId('integration-status');
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async integrate(): Promise<void> {
    await this.acCard
      .getByRole('button', { name: /^(Integrate ActiveCampaign|Add another ActiveCampaign integration)$/ })
      .click();
    await expect(this.page.getByTestId('ac-wizard')).toBeVisible();
  }

  async edit(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Edit ${name}` }).click();
    await expect(this.page.getByTestId('ac-wizard')).toBeVisible();
  }

  async lifecycle(name: string, action: 'Activate' | 'Deactivate' | 'Pause' | 'Resume'): Promise<void> {
    await this.page.getByRole('button', { name: `${action} ${name}` }).click();
  }

  async openTestLead(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Send test lead to ${name}` }).click();
    await expect(this.dialog).toContainText(`Send a test lead to ${name}`);
  }

  async delete(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete ${name}` }).click();
    await expect(this.dialog).toContainText(`Delete ${name}?`);
    await expect(this.dialog).toContainText('The API key is removed from this computer');
    await this.dialog.getByRole('button', { name: 'Delete integration' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
