import { expect, type Locator, type Page } from '@playwright/test';

/** Test ids one wizard is found by; they differ because each wizard names its own. */
export interface WizardIds {
  /** The wizard's root, e.g. "hubspot-wizard". */
  root: string;
  /** The screen after activation, e.g. "hubspot-done". */
  done: string;
}

/** What every Send Leads wizard has: its root, the stepper's Next, activation and the test lead (English UI). */
export class IntegrationWizardModel<Heading extends string = string> {
  constructor(
    readonly page: Page,
    private readonly ids: WizardIds,
  ) {}

  get root(): Locator {
    return this.page.getByTestId(this.ids.root);
  }

  get nextButton(): Locator {
    return this.root.getByRole('button', { name: 'Next', exact: true });
  }

  get testLead(): Locator {
    return this.root.getByTestId('test-lead');
  }

  async expectStep(heading: Heading): Promise<void> {
    await expect(this.root.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
  }

  async next(to: Heading): Promise<void> {
    await this.nextButton.click();
    await this.expectStep(to);
  }

  /**
   * Starts noting every text the filters step's count shows, from before the step opens: a placeholder
   * that is replaced within a frame never stays long enough for an assertion to see it.
   */
  async recordFilterCounts(): Promise<void> {
    // A script string: this project's test code is not compiled with the DOM's types.
    await this.page.evaluate(`(() => {
      const seen = [];
      window.__filterCounts = seen;
      const note = () => {
        const text = document.querySelector('[data-testid="filter-count"]')?.textContent ?? null;
        if (text !== null && seen.at(-1) !== text) seen.push(text);
      };
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
  }

  async recordedFilterCounts(): Promise<string[]> {
    return this.page.evaluate<string[]>('window.__filterCounts ?? []');
  }

  async saveAndActivate(): Promise<void> {
    await this.root.getByRole('button', { name: 'Save and activate' }).click();
    await expect(this.root.getByTestId(this.ids.done)).toBeVisible();
  }
}

/** The name each card's "Integrate" button carries after the integration. */
const CARD_NAMES = { hubspot: 'HubSpot', pipedrive: 'Pipedrive', webhook: 'Outbound webhook' } as const;

/** A wizard opened from its own card on Send Leads; the card, root and done ids all start with the type. */
export class CardWizardModel<Heading extends string = string> extends IntegrationWizardModel<Heading> {
  constructor(
    page: Page,
    private readonly type: 'hubspot' | 'pipedrive' | 'webhook',
  ) {
    super(page, { root: `${type}-wizard`, done: `${type}-done` });
  }

  get card(): Locator {
    return this.page.getByTestId(`card-${this.type}`);
  }

  async open(): Promise<void> {
    const name = CARD_NAMES[this.type];
    await this.card
      .getByRole('button', { name: new RegExp(`^(Integrate ${name}|Add another ${name} integration)$`) })
      .click();
    await expect(this.root).toBeVisible();
  }
}

/** A CRM wizard: an agency app in Settings, browser sign-in or a token, an API address, and a call preview. */
export class CrmWizardModel extends CardWizardModel {
  constructor(
    page: Page,
    private readonly crm: { type: 'hubspot' | 'pipedrive'; name: string; appTab?: string },
  ) {
    super(page, crm.type);
  }

  get oauthApps(): Locator {
    return this.page.getByTestId('oauth-apps-card');
  }

  /** Settings → Connected apps: the agency's app, pointed at a test authorisation server. */
  async setUpApp(app: { clientId: string; clientSecret: string; authorizeUrl: string; tokenUrl: string }) {
    if (this.crm.appTab !== undefined) {
      await this.oauthApps.getByRole('tab', { name: this.crm.appTab }).click();
    }
    const form = this.page.getByTestId(`oauth-app-${this.crm.type}`);
    await form.getByLabel('Client ID').fill(app.clientId);
    await form.getByLabel('Client secret').fill(app.clientSecret);
    await form.getByRole('button', { name: 'Authorization server (sandbox or test server)' }).click();
    await form.getByLabel('Authorization URL').fill(app.authorizeUrl);
    await form.getByLabel('Token URL').fill(app.tokenUrl);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText('Set up', { exact: true })).toBeVisible();
  }

  async setApiUrl(url: string): Promise<void> {
    await this.root.getByRole('button', { name: 'Advanced: API address' }).click();
    await this.root.getByRole('textbox', { name: 'API address' }).fill(url);
  }

  /** Clicks "Sign in with …" and answers the browser tab it opens. */
  async signIn(): Promise<Page> {
    const popup = this.page.context().waitForEvent('page');
    await this.root.getByRole('button', { name: `Sign in with ${this.crm.name}` }).click();
    const tab = await popup;
    await tab.waitForLoadState('domcontentloaded');
    return tab;
  }

  get connected(): Locator {
    return this.root.getByTestId(`${this.crm.type}-connected`);
  }

  get preview(): Locator {
    return this.root.getByTestId(`${this.crm.type}-preview`);
  }
}
