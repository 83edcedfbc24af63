import { expect, type Locator, type Page } from '@playwright/test';

/** The Pipedrive card on Send Leads, the wizard, and Settings → Connected apps → Pipedrive. */
export class PipedriveWizardPage {
  constructor(private readonly page: Page) {}

  get card(): Locator {
    return this.page.getByTestId('card-pipedrive');
  }

  get root(): Locator {
    return this.page.getByTestId('pipedrive-wizard');
  }

  /** Settings → Connected apps → Pipedrive: the agency's app, pointed at a test authorisation server. */
  async setUpApp(app: { clientId: string; clientSecret: string; authorizeUrl: string; tokenUrl: string }) {
    await this.page.getByTestId('oauth-apps-card').getByRole('tab', { name: 'Pipedrive' }).click();
    const form = this.page.getByTestId('oauth-app-pipedrive');
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

  /** The token route: paste the personal API token and check it. */
  async connectWithToken(token: string): Promise<void> {
    await this.root.getByText('Personal API token', { exact: true }).click();
    await this.root.getByLabel('API token', { exact: true }).fill(token);
    await this.root.getByRole('button', { name: 'Check connection' }).click();
  }

  /** Clicks "Sign in with Pipedrive" and answers the browser tab it opens. */
  async signIn(): Promise<Page> {
    const popup = this.page.context().waitForEvent('page');
    await this.root.getByRole('button', { name: 'Sign in with Pipedrive' }).click();
    const tab = await popup;
    await tab.waitForLoadState('domcontentloaded');
    return tab;
  }

  get connected(): Locator {
    return this.root.getByTestId('pipedrive-connected');
  }

  /** Picks the Pipedrive field for the row whose lead value is `source` ("Score"). */
  async mapField(source: string, field: string): Promise<void> {
    await this.root.getByLabel(`Pipedrive field: ${source}`, { exact: true }).click();
    await this.page.getByRole('option', { name: field, exact: true }).click();
  }

  /** Picks the lead label of a score range, by the range's name ("High"). */
  async pickLabel(range: string, label: string): Promise<void> {
    await this.root.getByLabel(new RegExp(`^Lead label: ${range} `)).click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  get preview(): Locator {
    return this.root.getByTestId('pipedrive-preview');
  }

  async saveAndActivate(): Promise<void> {
    await this.root.getByRole('button', { name: 'Save and activate' }).click();
    await expect(this.root.getByTestId('pipedrive-done')).toBeVisible();
  }

  get testLead(): Locator {
    return this.root.getByTestId('test-lead');
  }
}
