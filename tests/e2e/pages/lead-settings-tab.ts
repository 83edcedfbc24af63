import { expect, type Locator, type Page } from '@playwright/test';

export interface IntakeAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** The Leads page's Settings tab: allowlist, MX check and the local intake API card. */
export class LeadSettingsTabModel {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    const nav = this.page.getByRole('navigation').getByRole('button', { name: 'Leads', exact: true });
    await nav.click();
    await this.page.getByRole('tab', { name: 'Settings', exact: true }).click();
    await expect(this.root).toBeVisible();
  }

  get root(): Locator {
    return this.page.getByTestId('lead-settings-tab');
  }

  get allowlist(): Locator {
    return this.root.getByRole('combobox', { name: 'Business domains' });
  }

  allowlistSection(): Locator {
    return this.root.getByRole('region', { name: 'E-mail allowlist' });
  }

  /** The domains shown as pills, in order. */
  async domains(): Promise<string[]> {
    const pills = this.allowlistSection().locator('.mantine-Pill-label');
    return (await pills.allInnerTexts()).map((d) => d.trim());
  }

  async addDomain(domain: string): Promise<void> {
    await this.allowlist.fill(domain);
    await this.allowlist.press('Enter');
  }

  async removeDomain(domain: string): Promise<void> {
    const pill = this.allowlistSection().locator('.mantine-Pill-root', { hasText: domain });
    await pill.locator('.mantine-Pill-remove').click();
  }

  get saveAllowlist(): Locator {
    return this.root.getByRole('button', { name: 'Save allowlist' });
  }

  get mxSwitch(): Locator {
    return this.root.getByRole('switch', { name: 'Check that the e-mail domain has a mail server' });
  }

  get intakeCard(): Locator {
    return this.root.getByTestId('intake-card');
  }

  get intakeSwitch(): Locator {
    return this.intakeCard.getByRole('switch', { name: 'Accept leads through the local API' });
  }

  get tokenModal(): Locator {
    return this.page.getByRole('dialog', { name: 'Copy the token now' });
  }

  /** Turns the API on for the first time; answers the token the modal shows once, and the endpoint. */
  async enableIntake(): Promise<{ token: string; endpoint: string }> {
    await this.intakeSwitch.click();
    await expect(this.tokenModal).toBeVisible();
    const token = await this.tokenModal.getByTestId('intake-token').inputValue();
    expect(token).toMatch(/^zbl_[A-Za-z0-9_-]{40,}$/);
    await this.closeTokenModal();
    const endpoint = (await this.intakeCard.getByTestId('intake-endpoint').innerText()).trim();
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/leads$/);
    return { token, endpoint };
  }

  async closeTokenModal(): Promise<void> {
    await this.tokenModal.getByRole('button', { name: 'I have copied it' }).click();
    await expect(this.tokenModal).toBeHidden();
  }

  async rotateToken(): Promise<string> {
    await this.intakeCard.getByRole('button', { name: 'Rotate token' }).click();
    const confirm = this.page.getByRole('dialog', { name: 'Rotate the token?' });
    await confirm.getByRole('button', { name: 'Rotate token' }).click();
    await expect(confirm).toBeHidden();
    await expect(this.tokenModal).toBeVisible();
    return this.tokenModal.getByTestId('intake-token').inputValue();
  }
}

/** A sender on this computer posting one lead, as the curl example of docs/intake-api.md does. */
export async function postLead(
  endpoint: string,
  token: string | null,
  lead: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<IntakeAnswer> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...headers,
    },
    body: JSON.stringify(lead),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
