import { expect, type Locator, type Page } from '@playwright/test';
import { CardWizardModel } from './integration-wizard';

export type WebhookStep =
  | 'Where should the leads go?'
  | 'What each request contains'
  | 'Sign every request'
  | 'Send only the right leads'
  | 'Review and activate';

/** The outbound webhook wizard on the Send Leads page (English UI). */
export class WebhookWizardModel extends CardWizardModel<WebhookStep> {
  constructor(page: Page) {
    super(page, 'webhook');
  }

  get blockedReason(): Locator {
    return this.root.getByTestId('next-blocked');
  }

  get preview(): Locator {
    return this.root.getByTestId('request-preview');
  }

  async addHeader(name: string, value: string, secret: boolean): Promise<void> {
    await this.root.getByRole('button', { name: 'Add header' }).click();
    const number = await this.root.getByTestId('header-row').count();
    await this.root.getByLabel(`Header ${number} name`).fill(name);
    if (secret) await this.root.getByLabel(`Header ${number} is secret`).check();
    await this.root.getByLabel(`Header ${number} value`).fill(value);
  }

  /** Saves the draft on the signing step and answers the secret shown for copying. */
  async createSecret(): Promise<string> {
    await this.root.getByRole('button', { name: 'Save draft and create the secret' }).click();
    const secret = this.root.getByTestId('signing-secret');
    await expect(secret).toHaveText(/^whsec_/);
    return (await secret.innerText()).trim();
  }
}
