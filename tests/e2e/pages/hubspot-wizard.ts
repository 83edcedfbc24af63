import { expect, type Locator, type Page } from '@playwright/test';

/** The HubSpot card on Send Leads, the wizard, and Settings → Connected apps. */
export class HubspotWizardPage {
  constructor(private readonly page: Page) {}

  get card(): Locator {
    return this.page.getByTestId('card-hubspot');
  }

  get root(): Locator {
    return this.page.getByTestId('hubspot-wizard');
  }

  get oauthApps(): Locator {
    return this.page.getByTestId('oauth-apps-card');
  }

  /** Settings → Connected apps → HubSpot: the agency's app, pointed at a test authorisation server. */
  async setUpApp(app: { clientId: string; clientSecret: string; authorizeUrl: string; tokenUrl: string }) {
    const form = this.page.getByTestId('oauth-app-hubspot');
    await form.getByLabel('Client ID').fill(app.clientId);
    await form.getByLabel('Client secret').fill(app.clientSecret);
    await form.getByRole('button', { name: 'Authorisation server (sandbox or test server)' }).click();
    await form.getByLabel('Authorisation URL').fill(app.authorizeUrl);
    await form.getByLabel('Token URL').fill(app.tokenUrl);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText('Set up', { exact: true })).toBeVisible();
  }

  async open(): Promise<void> {
    await this.card.getByRole('button', { name: /^(Integrate|Add another)$/ }).click();
    await expect(this.root).toBeVisible();
  }

  async expectStep(heading: string): Promise<void> {
    await expect(this.root.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }

  async next(heading: string): Promise<void> {
    await this.root.getByRole('button', { name: 'Next' }).click();
    await this.expectStep(heading);
  }

  async setApiUrl(url: string): Promise<void> {
    await this.root.getByRole('button', { name: 'Advanced: API address' }).click();
    await this.root.getByRole('textbox', { name: 'API address' }).fill(url);
  }

  /** Clicks "Sign in with HubSpot" and answers the browser tab it opens. */
  async signIn(): Promise<Page> {
    const popup = this.page.context().waitForEvent('page');
    await this.root.getByRole('button', { name: 'Sign in with HubSpot' }).click();
    const tab = await popup;
    await tab.waitForLoadState('domcontentloaded');
    return tab;
  }

  get connected(): Locator {
    return this.root.getByTestId('hubspot-connected');
  }

  async createProperty(label: string): Promise<void> {
    await this.root.getByRole('button', { name: `Create “${label}”` }).click();
    await expect(this.root.getByRole('button', { name: `Create “${label}”` })).toBeHidden();
  }

  get preview(): Locator {
    return this.root.getByTestId('hubspot-preview');
  }

  async saveAndActivate(): Promise<void> {
    await this.root.getByRole('button', { name: 'Save and activate' }).click();
    await expect(this.root.getByTestId('hubspot-done')).toBeVisible();
  }

  get testLead(): Locator {
    return this.root.getByTestId('test-lead');
  }
}
