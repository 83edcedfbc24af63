import { expect, test } from './fixtures/test';
import { AppPage } from './pages/app-page';
import { WebhookWizardModel } from './pages/webhook-wizard';

test.describe('Send Leads: filters and the integration card', () => {
  test('dispatch filters: conditions, live count, saved with the integration and shown again on edit', async ({
    app,
    host,
    page,
    acEmulator,
  }) => {
    const { sendLeads, wizard } = app;
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');
    await app.go('Send Leads');
    await sendLeads.integrate();
    await wizard.fillCredentials(acEmulator.url, acEmulator.apiKey);
    await expect(wizard.connectionState).toContainText('Connected to ActiveCampaign');
    await wizard.next('Configure the integration');
    await wizard.root.getByLabel(/^Integration name/).fill('AC Filtros');
    for (const step of [
      'Configure automatic tags',
      'Assign to lists',
      'Configure field mapping',
      'Send only the right leads',
    ] as const) {
      await wizard.next(step);
    }

    // No conditions: every lead passes, and with no leads yet the count says so.
    await expect(wizard.root).toContainText('No conditions yet: every qualified lead is sent.');
    await expect(wizard.filterCount).toHaveText(/This client has no leads yet/);

    // An incomplete condition is explained, stops the count and blocks "Next".
    await wizard.addCondition('Field is one of', 1);
    await expect(wizard.condition(1)).toContainText('Fill this in.');
    await expect(wizard.filterCount).toHaveText('Complete the conditions to see how many leads would pass.');
    await expect(wizard.nextButton).toBeDisabled();
    await expect(wizard.root.getByTestId('next-blocked')).toHaveText('Complete or remove the highlighted conditions.');

    await wizard.root.getByLabel('Condition 1: field', { exact: true }).click();
    await page.getByRole('option', { name: 'UTM parameter', exact: true }).click();
    await wizard.root.getByLabel('Condition 1: key', { exact: true }).fill('source');
    const values = wizard.root.getByLabel('Condition 1: values', { exact: true });
    await values.fill('google');
    await values.press('Enter');
    await values.fill('facebook');
    await values.press('Enter');
    await expect(wizard.condition(1)).not.toContainText('Fill this in.');
    await expect(wizard.condition(1).getByRole('button', { name: 'Condition 1: remove “facebook”' })).toBeVisible();

    await wizard.addCondition('State (UF) is', 2);
    const states = wizard.root.getByLabel('Condition 2: states', { exact: true });
    await states.click();
    await page.getByRole('option', { name: 'SP', exact: true }).click();
    await page.getByRole('option', { name: 'RJ', exact: true }).click();
    await page.keyboard.press('Escape');

    await wizard.addCondition('E-mail kind is', 3);
    await expect(wizard.condition(3).getByRole('checkbox', { name: 'Corporate' })).toBeChecked();
    await wizard.root.getByText('any condition', { exact: true }).click();
    await expect(wizard.root.getByRole('radio', { name: 'any condition' })).toBeChecked();
    await expect(wizard.filterCount).toHaveText(/This client has no leads yet/);
    await expect(wizard.nextButton).toBeEnabled();
    await app.screenshot('wizard-6-filters-conditions');

    // Saved as a draft, then reopened: the filters (and the stored key) come back.
    await wizard.next('Review and activate');
    await wizard.root.getByRole('button', { name: 'Save as draft' }).click();
    await expect(wizard.root).toBeHidden();
    await expect(sendLeads.status('AC Filtros')).toHaveText('Draft');

    await sendLeads.edit('AC Filtros');
    await expect(wizard.root.getByText(`Key stored (…${acEmulator.apiKey.slice(-4)})`)).toBeVisible();
    await expect(wizard.keyInput).toHaveValue('');
    await expect(wizard.connectionState).toContainText('Connected to ActiveCampaign');
    await wizard.goToStep(6, 'Filters', 'Send only the right leads');
    await expect(wizard.root.getByTestId('filter-condition')).toHaveCount(3);
    await expect(wizard.root.getByLabel('Condition 1: key', { exact: true })).toHaveValue('source');
    await expect(wizard.condition(1)).toContainText('google');
    await expect(wizard.condition(2)).toContainText('RJ');
    await expect(wizard.root.getByRole('radio', { name: 'any condition' })).toBeChecked();
  });

  test('card actions: pause, resume, test lead, deactivate, delete; another window follows live', async ({
    app,
    host,
    context,
    acEmulator,
  }) => {
    const { sendLeads, wizard } = app;
    const name = 'ActiveCampaign Marketing';
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');
    await app.go('Send Leads');
    await sendLeads.integrate();
    await wizard.quickSetup(acEmulator.url, acEmulator.apiKey);
    await wizard.saveAndActivate();
    await wizard.backToList();
    // With one integration, the card's button adds another, and says to which integration.
    await expect(app.page.getByRole('button', { name: 'Add another ActiveCampaign integration' })).toHaveText(
      'Add another',
    );

    const other = new AppPage(await context.newPage());
    await other.open(host.url);
    await other.go('Send Leads');
    await expect(other.sendLeads.status(name)).toHaveText('Active');

    await sendLeads.lifecycle(name, 'Pause');
    await expect(sendLeads.status(name)).toHaveText('Paused');
    await expect(other.sendLeads.status(name)).toHaveText('Paused');
    await expect(sendLeads.item(name)).toContainText('new leads wait in the queue');
    await app.screenshot('send-leads-paused');
    await sendLeads.lifecycle(name, 'Resume');
    await expect(sendLeads.status(name)).toHaveText('Active');
    await expect(other.sendLeads.status(name)).toHaveText('Active');

    await sendLeads.openTestLead(name);
    await sendLeads.dialog.getByRole('button', { name: 'Send test lead' }).click();
    await expect(sendLeads.dialog).toContainText('Test lead delivered', { timeout: 20_000 });
    await app.screenshot('send-leads-test-lead-modal', { fullPage: false });
    await sendLeads.dialog.getByRole('button', { name: 'Close' }).click();

    // A refused key: the verdict uses the guide's troubleshooting, and the failing call is marked.
    await acEmulator.faults({ kind: 'status', status: 403, method: 'POST', path: '/contacts', times: 1 });
    await sendLeads.openTestLead(name);
    await sendLeads.dialog.getByRole('button', { name: 'Send test lead' }).click();
    await expect(sendLeads.dialog).toContainText('The test lead was not delivered', { timeout: 20_000 });
    await expect(sendLeads.dialog).toContainText('ActiveCampaign refused the API key');
    await expect(sendLeads.dialog.locator('[data-testid="call"]:not([data-ok])')).toHaveCount(1);
    await expect(sendLeads.dialog.getByTestId('call-status').first()).toHaveText('HTTP 403');
    await app.screenshot('send-leads-test-lead-failed', { fullPage: false });
    await sendLeads.dialog.getByRole('button', { name: 'Send another test lead' }).click();
    await expect(sendLeads.dialog).toContainText('Test lead delivered', { timeout: 20_000 });
    await sendLeads.dialog.getByRole('button', { name: 'Close' }).click();

    await sendLeads.lifecycle(name, 'Deactivate');
    await expect(sendLeads.status(name)).toHaveText('Inactive');
    await expect(other.sendLeads.status(name)).toHaveText('Inactive');

    // Deleting asks first, and says what happens to the key.
    await app.page.getByRole('button', { name: `Delete ${name}` }).click();
    await expect(sendLeads.dialog).toContainText('The API key is removed from this computer');
    await app.screenshot('send-leads-delete', { fullPage: false });
    await sendLeads.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(sendLeads.item(name)).toBeVisible();
    await sendLeads.delete(name);
    await expect(sendLeads.item(name)).toBeHidden();
    await expect(sendLeads.acCard).toContainText('Not connected for this client yet.');
    await expect(other.sendLeads.acCard).toContainText('Not connected for this client yet.');
  });

  test('the sidebar’s Send Leads shows the list; a wizard left with unsaved changes waits there', async ({
    app,
    host,
    page,
    acEmulator,
  }) => {
    const { sendLeads, wizard } = app;
    const webhook = new WebhookWizardModel(page);
    const waiting = page.getByTestId('unsaved-activecampaign');
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');
    await app.go('Send Leads');
    await sendLeads.integrate();
    await wizard.fillCredentials(acEmulator.url, acEmulator.apiKey);
    await expect(wizard.connectionState).toContainText('Connected to ActiveCampaign');
    await wizard.next('Configure the integration');
    await wizard.root.getByLabel(/^Integration name/).fill('AC Rascunho');

    // The sidebar link, from inside the wizard: the list, where the unsaved draft waits.
    await app.go('Send Leads');
    await expect(wizard.root).toBeHidden();
    await expect(sendLeads.acCard).toBeVisible();
    await expect(waiting).toContainText('Unsaved changes to “AC Rascunho”');
    await app.screenshot('send-leads-unsaved-draft');
    // Starting another ActiveCampaign integration would replace it: the app asks first.
    await page.getByRole('button', { name: 'Integrate ActiveCampaign' }).click();
    await expect(sendLeads.dialog).toContainText('Discard the unsaved changes to “AC Rascunho”?');
    await app.screenshot('send-leads-unsaved-replace', { fullPage: false });
    await sendLeads.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(sendLeads.dialog).toBeHidden();
    await expect(wizard.root).toBeHidden();
    await waiting.getByRole('button', { name: 'Continue editing' }).click();
    await expect(wizard.urlInput).toHaveValue(acEmulator.url);
    await wizard.next('Configure the integration');
    await expect(wizard.root.getByLabel(/^Integration name/)).toHaveValue('AC Rascunho');

    // By way of another section, the same; "Discard changes" forgets the draft.
    await app.go('Logs');
    await app.go('Send Leads');
    await expect(wizard.root).toBeHidden();
    await waiting.getByRole('button', { name: 'Discard changes' }).click();
    await expect(waiting).toBeHidden();
    await sendLeads.integrate();
    await expect(wizard.urlInput).toHaveValue('');

    // Saved, reopened and left unchanged: nothing to keep, the list comes back without a notice.
    await wizard.quickSetup(acEmulator.url, acEmulator.apiKey);
    await wizard.root.getByRole('button', { name: 'Save as draft' }).click();
    await expect(wizard.root).toBeHidden();
    await sendLeads.edit('ActiveCampaign Marketing');
    await expect(wizard.connectionState).toContainText('Connected to ActiveCampaign');
    await app.go('Send Leads');
    await expect(wizard.root).toBeHidden();
    await expect(waiting).toBeHidden();

    // Every wizard behaves alike: the webhook's too.
    await webhook.open();
    await webhook.root.getByLabel(/^Receiver URL/).fill('https://crm.example.com/hooks/leads');
    await app.go('Send Leads');
    await expect(webhook.root).toBeHidden();
    await expect(page.getByTestId('unsaved-webhook')).toContainText('Unsaved changes to “Webhook”');
    await page.getByTestId('unsaved-webhook').getByRole('button', { name: 'Continue editing' }).click();
    await expect(webhook.root.getByLabel(/^Receiver URL/)).toHaveValue('https://crm.example.com/hooks/leads');
  });
});
