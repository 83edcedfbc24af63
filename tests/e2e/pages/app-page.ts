import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { AcWizardModel } from './ac-wizard';
import { ClientsPageModel } from './clients-page';
import { SendLeadsPageModel } from './send-leads-page';

const SCREENSHOT_DIR = join(__dirname, '..', '..', '..', 'test-results', 'screenshots');

export type SectionName = 'Home' | 'Leads' | 'Send Leads' | 'Logs' | 'Report' | 'Clients' | 'Settings';

/** The app as a user sees it in English (the tests' default locale). */
export class AppPage {
  readonly clients: ClientsPageModel;
  readonly sendLeads: SendLeadsPageModel;
  readonly wizard: AcWizardModel;

  constructor(readonly page: Page) {
    this.clients = new ClientsPageModel(page);
    this.sendLeads = new SendLeadsPageModel(page);
    this.wizard = new AcWizardModel(page);
  }

  /** First run: creates the first client, which becomes the current one. */
  async createFirstClient(name: string): Promise<void> {
    const firstRun = this.page.getByTestId('first-run');
    await firstRun.getByLabel('Client name').fill(name);
    await firstRun.getByRole('button', { name: 'Create first client' }).click();
    await expect(this.switcher).toHaveValue(name);
  }

  /** Opens a URL and waits until the app (shell or first run) rendered, not just the HTML. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('navigation')).toBeVisible();
  }

  get nav(): Locator {
    return this.page.getByRole('navigation');
  }

  get switcher(): Locator {
    return this.page.getByRole('combobox', { name: 'Current client' });
  }

  get main(): Locator {
    return this.page.locator('main');
  }

  async go(section: SectionName): Promise<void> {
    const link = this.nav.getByRole('button', { name: section, exact: true });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
  }

  async switchClient(name: string): Promise<void> {
    await this.switcher.click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(this.switcher).toHaveValue(name);
  }

  async switcherOptions(): Promise<string[]> {
    await this.switcher.click();
    const options = this.page.getByRole('option');
    await expect(options.first()).toBeVisible();
    const names = await options.allInnerTexts();
    await this.page.keyboard.press('Escape');
    return names.map((n) => n.trim());
  }

  /** Full-page capture for visual review, with hover effects and animations out of the way. */
  async screenshot(name: string, options: { fullPage?: boolean } = {}): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.mouse.move(0, 0);
    await this.page.screenshot({
      path: join(SCREENSHOT_DIR, `${name}.png`),
      fullPage: options.fullPage ?? true,
      animations: 'disabled',
    });
  }
}
