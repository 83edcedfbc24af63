import { AppPage } from './pages/app-page';
import { HubspotWizardPage } from './pages/hubspot-wizard';
import { expect, test } from './fixtures/hubspot-emulator';

test.describe('Send Leads: HubSpot', () => {
  test('sign in with HubSpot in the browser, map properties, activate, and a test lead lands in HubSpot', async ({
    host,
    page,
    hubspot,
  }) => {
    const app = new AppPage(page);
    const wizard = new HubspotWizardPage(page);
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');

    // The agency's HubSpot app, once, in Settings.
    await app.go('Settings');
    await expect(wizard.oauthApps).toContainText('http://127.0.0.1:<port>/oauth/callback');
    await wizard.setUpApp({
      clientId: hubspot.clientId,
      clientSecret: hubspot.clientSecret,
      authorizeUrl: hubspot.authorizeUrl,
      tokenUrl: hubspot.tokenUrl,
    });
    await expect(wizard.oauthApps).not.toContainText(hubspot.clientSecret);
    await app.screenshot('settings-connected-apps');

    // 1. Connect: HubSpot's consent page in a new tab, back to the app's loopback listener.
    await app.go('Send Leads');
    await wizard.open();
    await wizard.expectStep('Connect the HubSpot account');
    await expect(wizard.root.getByRole('button', { name: 'Next' })).toBeDisabled();
    await wizard.root.getByLabel('Integration name').fill('HubSpot Vendas');
    await wizard.setApiUrl(hubspot.url);
    await app.screenshot('hubspot-1-connect');
    const tab = await wizard.signIn();
    await expect(tab.getByRole('heading', { name: 'Account connected' })).toBeVisible();
    await expect(tab.getByText('You can close this tab')).toBeVisible();
    expect(new URL(tab.url()).hostname).toBe('127.0.0.1');
    expect(new URL(tab.url()).searchParams.get('state')).not.toBeNull();
    await tab.screenshot({ path: 'test-results/screenshots/hubspot-oauth-tab.png' });
    await tab.close();
    await expect(wizard.connected).toContainText('Connected to HubSpot portal 12345678');
    await expect(wizard.connected).toContainText('owner@agency.example');
    await app.screenshot('hubspot-1-connected');

    // 2. Properties: the score, range and CNPJ properties do not exist yet; create them here.
    await wizard.next('What goes into each contact');
    await expect(wizard.root.getByRole('button', { name: 'Next' })).toBeDisabled();
    for (const label of ['Lead score', 'Score range', 'CNPJ']) await wizard.createProperty(label);
    await wizard.root.getByLabel('Also associate the contact with a company record').check();
    await app.screenshot('hubspot-2-properties');

    // 3. Filters, 4. Review: the exact calls, with the token masked.
    await wizard.next('Which leads go to HubSpot?');
    await wizard.next('Review and activate');
    await expect(wizard.preview.getByTestId('preview-call').first()).toContainText(
      '/crm/v3/objects/contacts/batch/upsert',
    );
    await expect(wizard.preview.getByTestId('preview-call').first()).toContainText('"idProperty": "email"');
    await expect(wizard.preview).toContainText('Bearer (OAuth access token)');
    await app.screenshot('hubspot-4-review');
    await wizard.saveAndActivate();
    await expect(wizard.root).toContainText('HubSpot Vendas is active');

    // "Send test lead" through the real dispatch path: the contact is marked with a checkbox property,
    // and no company is made unless asked for.
    await expect(wizard.testLead.getByTestId('test-lead-intro')).toContainText(
      '“Zero Bad Leads test contact” (zbl_test_contact) checked',
    );
    const alsoCompany = wizard.testLead.getByRole('checkbox', {
      name: 'Also create the company “Zero Bad Leads (test)” in HubSpot',
    });
    await expect(alsoCompany).not.toBeChecked();
    await wizard.testLead.getByRole('button', { name: 'Send test lead' }).click();
    await expect(wizard.testLead).toContainText('Test lead delivered', { timeout: 20_000 });
    await expect(wizard.testLead.getByTestId('test-lead-count')).toHaveText('HubSpot accepted all 3 calls below.');
    await app.screenshot('hubspot-5-test-lead');
    const email = (await wizard.testLead.locator('code').first().innerText()).trim();
    expect(email).toMatch(/@example\.com$/);
    const contact = await hubspot.contact(email);
    expect(contact).not.toBeNull();
    expect(contact!.properties.lead_score).toMatch(/^\d+$/);
    expect(contact!.properties.firstname).not.toBe('');
    expect(contact!.properties.zbl_test_contact).toBe('true');
    expect(contact!.companies).toHaveLength(0);
    await expect(wizard.testLead.getByTestId('test-lead-notes')).toContainText(
      'the company "Zero Bad Leads (test)" was not looked up or created in HubSpot',
    );

    // Asked for, the company is made and associated. HubSpot revoked the token meanwhile: the refused
    // call, the renewal and the repeat are listed in that order, and the count says so.
    await alsoCompany.check();
    await hubspot.expireTokens();
    await wizard.testLead.getByRole('button', { name: 'Send another test lead' }).click();
    await expect(wizard.testLead).toContainText('Test lead delivered', { timeout: 20_000 });
    const count = wizard.testLead.getByTestId('test-lead-count');
    await expect(count).toHaveText(
      'HubSpot accepted 4 of the 5 calls below. The access token was renewed after a 401, and the refused call was repeated.',
    );
    await expect(wizard.testLead.getByText('Attempt 1 · 5 calls · 1 token renewal')).toBeVisible();
    const rows = wizard.testLead.getByRole('list', { name: 'Calls of attempt 1' }).getByRole('listitem');
    await expect(rows).toHaveCount(6);
    await expect(rows.nth(0)).toContainText('1. List the contact properties');
    await expect(rows.nth(0)).toContainText('HTTP 401');
    await expect(rows.nth(0)).toContainText('the access token was renewed and this call repeated');
    await expect(rows.nth(1)).toHaveAttribute('data-testid', 'renewal');
    await expect(rows.nth(1)).toContainText('Access token renewed');
    await expect(rows.nth(1)).toContainText(hubspot.tokenUrl);
    await expect(rows.nth(2)).toContainText('2. List the contact properties');
    await expect(rows.nth(2)).toContainText('HTTP 200');
    await app.screenshot('hubspot-6-test-lead-renewed');
    await wizard.testLead.screenshot({ path: 'test-results/screenshots/hubspot-6-test-lead-calls.png' });
    const second = (await wizard.testLead.locator('code').first().innerText()).trim();
    const withCompany = await hubspot.contact(second);
    expect(withCompany!.properties.zbl_test_contact).toBe('true');
    expect(withCompany!.companies).toHaveLength(1);

    await wizard.root.getByRole('button', { name: 'Back to Send Leads' }).first().click();
    const card = wizard.card.getByRole('group', { name: 'HubSpot Vendas', exact: true });
    await expect(card).toContainText('Active');
    await expect(card.getByTestId('integration-key')).toHaveText('Signed in as owner@agency.example');
    await app.screenshot('hubspot-send-leads');
  });

  test('with a private app token: chosen first without a connected app, a refused token says so, existing properties offered', async ({
    host,
    page,
    hubspot,
  }) => {
    const app = new AppPage(page);
    const wizard = new HubspotWizardPage(page);
    // The portal already has a CNPJ property, made by hand before the agency came.
    const made = await fetch(`${hubspot.url}/crm/v3/properties/contacts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hubspot.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'cnpj',
        label: 'CNPJ',
        type: 'string',
        fieldType: 'text',
        groupName: 'contactinformation',
      }),
    });
    expect(made.status).toBe(201);
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');
    await app.go('Send Leads');
    await wizard.open();

    // No HubSpot app in Settings: the token is what works, so it is what the wizard starts on.
    await expect(wizard.root.getByRole('radio', { name: 'Private app token' })).toBeChecked();
    await wizard.setApiUrl(hubspot.url);
    await wizard.root.getByLabel('Access token').fill('pat-na1-00000000000000000000');
    await wizard.root.getByRole('button', { name: 'Check connection' }).click();
    const refused = wizard.root.getByRole('alert');
    await expect(refused).toContainText('HubSpot did not accept this token');
    await expect(refused).toContainText('Private apps');
    await expect(refused).toContainText('(HTTP 401)');
    await expect(refused).not.toContainText('sign in again');
    await app.screenshot('hubspot-token-refused');

    await wizard.root.getByLabel('Access token').fill(hubspot.token);
    await wizard.root.getByRole('button', { name: 'Check connection' }).click();
    await expect(wizard.connected).toContainText('HubSpot accepted the token');

    // The CNPJ property is picked already; cleared, it is offered again rather than created twice.
    await wizard.next('What goes into each contact');
    const cnpj = wizard.root.getByLabel('HubSpot property: CNPJ', { exact: true });
    await expect(cnpj).toHaveValue('CNPJ (cnpj)');
    await wizard.root.getByRole('button', { name: 'Clear: HubSpot property: CNPJ' }).click();
    await expect(wizard.root.getByRole('button', { name: 'Create “CNPJ”' })).toHaveCount(0);
    await wizard.root.getByRole('button', { name: 'Use “CNPJ”' }).click();
    await expect(cnpj).toHaveValue('CNPJ (cnpj)');
    await app.screenshot('hubspot-token-properties');
  });
});
