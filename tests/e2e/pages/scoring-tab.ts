import { expect, type Locator, type Page } from '@playwright/test';

/** The Leads page's Scoring tab: profiles, the editor and the live preview. */
export class ScoringTabModel {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Leads', exact: true }).click();
    await this.page.getByRole('tab', { name: 'Scoring', exact: true }).click();
    await expect(this.editor).toBeVisible();
  }

  get root(): Locator {
    return this.page.getByTestId('scoring-tab');
  }

  get editor(): Locator {
    return this.root.getByRole('region', { name: 'Profile editor' });
  }

  get preview(): Locator {
    return this.root.getByTestId('scoring-preview');
  }

  get profiles(): Locator {
    return this.root.getByRole('list', { name: 'Scoring profiles' });
  }

  profile(name: string): Locator {
    return this.profiles.getByRole('listitem', { name, exact: true });
  }

  async profileAction(name: string, action: 'Edit' | 'Activate' | 'Duplicate' | 'Delete'): Promise<void> {
    await this.root.getByRole('button', { name: `Actions for ${name}`, exact: true }).click();
    await this.page.getByRole('menuitem', { name: action, exact: true }).click();
  }

  rule(name: string): Locator {
    return this.editor.getByRole('group', { name: `Rule: ${name}`, exact: true });
  }

  points(name: string): Locator {
    return this.rule(name).getByRole('textbox', { name: `Points for ${name}` });
  }

  async setPoints(name: string, points: number): Promise<void> {
    await this.points(name).fill(String(points));
  }

  get threshold(): Locator {
    return this.editor.getByRole('textbox', { name: 'Qualify at' });
  }

  rangeInput(row: number, field: 'Name' | 'From' | 'To' | 'CRM tag'): Locator {
    return this.editor.getByRole('textbox', { name: `Range ${row}: ${field}`, exact: true });
  }

  get qualifiedPreview(): Locator {
    return this.preview.getByTestId('preview-qualified-count');
  }

  get unsaved(): Locator {
    return this.editor.getByTestId('scoring-unsaved');
  }

  get save(): Locator {
    return this.editor.getByRole('button', { name: 'Save', exact: true });
  }

  async openRuleMenu(): Promise<Locator> {
    await this.editor.getByRole('button', { name: 'Add rule' }).click();
    const menu = this.page.getByTestId('add-rule-menu');
    await expect(menu).toBeVisible();
    return menu;
  }
}
