import { AppPage } from './pages/app-page';
import { PipedriveWizardPage } from './pages/pipedrive-wizard';
import { expect, test } from './fixtures/pipedrive-emulator';

test.describe('Send Leads: Pipedrive', () => {
  test('personal token: map person fields and score labels, preview, activate, and a test lead lands in Pipedrive', async ({
    host,
    page,
    pipedrive,
  }) => {
    const app = new AppPage(page);
    const wizard = new PipedriveWizardPage(page);
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');
    await app.go('Send Leads');
    await expect(wizard.card).toContainText('Pipedrive');
    await app.screenshot('pipedrive-0-card');

    // 1. Connect with the personal API token; it travels in the x-api-token header.
    await wizard.open();
    await wizard.expectStep('Connect the Pipedrive account');
    await expect(wizard.root.getByRole('button', { name: 'Next' })).toBeDisabled();
    await wizard.root.getByLabel('Integration name').fill('Pipedrive Vendas');
    await wizard.setApiUrl(pipedrive.url);
    await wizard.connectWithToken(pipedrive.token);
    await expect(wizard.connected).toContainText('Pipedrive accepted the token: Agência Exemplo');
    await app.screenshot('pipedrive-1-connect');

    // 2. Person fields by key (the account's "Lead score", "Score range" and "CNPJ" are picked already),
    // organization on, a lead label per score range.
    await wizard.next('What goes into each person and lead');
    await wizard.expectSuggestedFields();
    await expect(wizard.root.getByLabel('Company → organization')).toBeChecked();
    await wizard.pickLabel('High', 'Hot');
    await wizard.root.getByRole('button', { name: 'Create “medium-score”' }).click();
    await expect(wizard.root.getByRole('button', { name: 'Create “medium-score”' })).toBeHidden();
    await app.screenshot('pipedrive-2-mapping', { fullPage: true });

    // 3. Filters, 4. Review: the exact calls, the token masked.
    await wizard.next('Which leads go to Pipedrive?');
    await app.screenshot('pipedrive-3-filters');
    await wizard.next('Review and activate');
    await expect(wizard.preview.getByTestId('preview-call').first()).toContainText('/api/v2/organizations/search');
    await expect(wizard.preview).toContainText('/api/v1/leads');
    await expect(wizard.preview).not.toContainText(pipedrive.token);
    await app.screenshot('pipedrive-4-review', { fullPage: true });
    await wizard.saveAndActivate();
    await expect(wizard.root).toContainText('Pipedrive Vendas is active');

    // "Send test lead" through the real dispatch path: labeled and noted as a test, no organization by default.
    await expect(wizard.testLead.getByTestId('test-lead-intro')).toContainText('the lead label “Zero Bad Leads test”');
    const alsoOrganization = wizard.testLead.getByRole('checkbox', {
      name: 'Also create the organization “Zero Bad Leads (test)” in Pipedrive',
    });
    await expect(alsoOrganization).not.toBeChecked();
    await wizard.testLead.getByRole('button', { name: 'Send test lead' }).click();
    await expect(wizard.testLead).toContainText('Test lead delivered', { timeout: 20_000 });
    await app.screenshot('pipedrive-5-test-lead');
    const email = (await wizard.testLead.locator('code').first().innerText()).trim();
    const person = await pipedrive.person(email);
    expect(person).not.toBeNull();
    expect(person!.leads).toHaveLength(1);
    expect(person!.leads[0]!.title).toMatch(/^\[Zero Bad Leads test\]/);
    // Its score range's label and the test label.
    expect(person!.leads[0]!.label_ids).toHaveLength(2);
    const labels = (await pipedrive.state()).labels.filter((l) => person!.leads[0]!.label_ids.includes(l.id));
    expect(labels.map((l) => l.name)).toContain('Zero Bad Leads test');
    expect(person!.notes.map((n) => n.content).join(' ')).toContain('Zero Bad Leads test contact');
    expect(person!.leads[0]!.organization_id).toBeNull();
    expect(Object.keys(person!.custom_fields).length).toBeGreaterThanOrEqual(2);

    // Asked for, the organization is created and the person and the lead linked to it.
    await alsoOrganization.check();
    await wizard.testLead.getByRole('button', { name: 'Send another test lead' }).click();
    await expect(wizard.testLead).toContainText('Test lead delivered', { timeout: 20_000 });
    const second = (await wizard.testLead.locator('code').first().innerText()).trim();
    const organized = await pipedrive.person(second);
    expect(organized!.org_id).not.toBeNull();
    expect(organized!.leads[0]!.organization_id).toBe(organized!.org_id);

    await wizard.root.getByRole('button', { name: 'Back to Send Leads' }).first().click();
    await expect(wizard.card.getByRole('group', { name: 'Pipedrive Vendas', exact: true })).toContainText('Active');
    await app.screenshot('pipedrive-send-leads');
  });

  test('sign in with Pipedrive in the browser and send a test lead over OAuth', async ({ host, page, pipedrive }) => {
    const app = new AppPage(page);
    const wizard = new PipedriveWizardPage(page);
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');
    await app.go('Settings');
    await wizard.setUpApp({
      clientId: pipedrive.clientId,
      clientSecret: pipedrive.clientSecret,
      authorizeUrl: pipedrive.authorizeUrl,
      tokenUrl: pipedrive.tokenUrl,
    });

    await app.go('Send Leads');
    await wizard.open();
    await wizard.setApiUrl(pipedrive.url);
    const tab = await wizard.signIn();
    await expect(tab.getByRole('heading', { name: 'Account connected' })).toBeVisible();
    await tab.screenshot({ path: 'test-results/screenshots/pipedrive-oauth-tab.png' });
    await tab.close();
    await expect(wizard.connected).toContainText('Connected to Agência Exemplo');
    await expect(wizard.connected).toContainText('ana@agencia.example');
    await app.screenshot('pipedrive-1-oauth-connected');

    await wizard.next('What goes into each person and lead');
    await wizard.expectSuggestedFields();
    await wizard.next('Which leads go to Pipedrive?');
    await wizard.next('Review and activate');
    await expect(wizard.preview).toContainText('Bearer (OAuth access token)');
    await wizard.saveAndActivate();
    await wizard.testLead.getByRole('button', { name: 'Send test lead' }).click();
    await expect(wizard.testLead).toContainText('Test lead delivered', { timeout: 20_000 });
    const email = (await wizard.testLead.locator('code').first().innerText()).trim();
    expect((await pipedrive.person(email))?.leads).toHaveLength(1);
  });
});
