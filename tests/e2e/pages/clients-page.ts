import { expect, type Locator, type Page } from '@playwright/test';

/** The Clients section and its dialogs. */
export class ClientsPageModel {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Clients' });
  }

  row(name: string): Locator {
    const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.table
      .getByTestId('client-row')
      .filter({ has: this.page.getByTestId('client-name').filter({ hasText: exact }) });
  }

  async names(): Promise<string[]> {
    return (await this.table.getByTestId('client-name').allInnerTexts()).map((text) => text.trim());
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get nameInput(): Locator {
    return this.dialog.getByLabel('Client name');
  }

  async openCreate(): Promise<void> {
    await this.page.getByRole('button', { name: 'New client' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async submitName(name: string, submit: 'Create client' | 'Save name'): Promise<void> {
    await this.nameInput.fill(name);
    await this.dialog.getByRole('button', { name: submit }).click();
  }

  async create(name: string): Promise<void> {
    await this.openCreate();
    await this.submitName(name, 'Create client');
    await expect(this.dialog).toBeHidden();
    await expect(this.row(name)).toBeVisible();
  }

  async rename(from: string, to: string): Promise<void> {
    await this.page.getByRole('button', { name: `Rename ${from}` }).click();
    await expect(this.nameInput).toHaveValue(from);
    await this.submitName(to, 'Save name');
    await expect(this.dialog).toBeHidden();
    await expect(this.row(to)).toBeVisible();
  }

  async archive(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Archive ${name}` }).click();
    await expect(this.dialog).toContainText(`Archive ${name}?`);
    await this.dialog.getByRole('button', { name: 'Archive client' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async restore(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Restore ${name}` }).click();
  }

  async showArchived(show: boolean): Promise<void> {
    const toggle = this.page.getByRole('switch', { name: 'Show archived clients' });
    if (show) await toggle.check();
    else await toggle.uncheck();
  }

  /** The inline message under the name field, read the way assistive technology reads it. */
  async expectNameError(message: string): Promise<void> {
    await expect(this.nameInput).toHaveAttribute('aria-invalid', 'true');
    await expect(this.dialog.getByText(message)).toBeVisible();
  }
}
