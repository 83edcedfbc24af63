import { expect, test } from './fixtures/test';

const FIXED_TAGS = ['qualified-lead', 'zero-bad-leads'];
const SCORE_TAGS = ['high-score', 'medium-score', 'low-score'];

test.describe('Send Leads: ActiveCampaign', () => {
  test('the guide end to end: wizard, activation, and a test lead that lands in ActiveCampaign', async ({
    app,
    host,
    page,
    acEmulator,
  }) => {
    const { sendLeads, wizard } = app;
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');
    await app.go('Send Leads');
    await expect(sendLeads.heading).toBeVisible();
    await expect(sendLeads.acCard).toContainText('Not connected for this client yet.');
    // Every integration of the guide can be set up.
    for (const card of ['activecampaign', 'hubspot', 'pipedrive', 'webhook']) {
      await expect(page.getByTestId(`card-${card}`).getByRole('button', { name: 'Integrate' })).toBeEnabled();
    }
    await app.screenshot('send-leads-empty');

    // 1. Credentials: validated by themselves once both are pasted.
    await sendLeads.integrate();
    await wizard.expectStep('Enter your API URL and API Key');
    await expect(wizard.root).toContainText('Developer');
    await expect(wizard.nextButton).toBeDisabled();
    // Spaces around pasted values are the guide's classic mistake; the app trims them.
    await wizard.fillCredentials(` ${acEmulator.url} `, `${acEmulator.apiKey} `);
    await expect(wizard.connectionState).toContainText('Signed in as Ana Souza (admin@main.example.com).');
    await app.screenshot('wizard-1-credentials');

    // 2. Configure.
    await wizard.next('Configure the integration');
    await expect(wizard.root.getByLabel(/^Integration name/)).toHaveValue('ActiveCampaign Marketing');
    await expect(wizard.root.getByLabel('Action')).toHaveValue('Create or update a contact (contact/sync)');
    await app.screenshot('wizard-2-configure');

    // 3. Tags: a name with accents is flagged and fixed in one click.
    await wizard.next('Configure automatic tags');
    await expect(wizard.root).toContainText('“qualified-lead” tag is added');
    await wizard.addFixedTag('promoção');
    const warnings = wizard.root.getByTestId('tag-warnings');
    await expect(warnings).toContainText('“promoção” has accents.');
    await app.screenshot('wizard-3-tags-warning');
    await warnings.getByRole('button', { name: 'Use “promocao”' }).click();
    await expect(warnings).toBeHidden();
    await expect(wizard.fixedTagPills()).toHaveText([...FIXED_TAGS, 'promocao']);
    await expect(wizard.root.getByLabel('Tag for the High range')).toHaveValue('high-score');
    await app.screenshot('wizard-3-tags');

    // 4. Lists.
    await wizard.next('Assign to lists');
    await expect(wizard.root).toContainText('this account has 2 lists');
    await wizard.chooseLists(['Newsletter']);
    await expect(wizard.root).toContainText('re-subscribes people who had unsubscribed');
    await expect(
      wizard.root.getByRole('switch', { name: 'Re-subscribe contacts who had unsubscribed' }),
    ).not.toBeChecked();
    await app.screenshot('wizard-4-lists');

    // 5. Field mapping: the name split preview, existing fields, and one created on the spot.
    await wizard.next('Configure field mapping');
    await wizard.root.getByLabel('Try a name').fill('Ana Paula dos Santos');
    await expect(wizard.root.getByTestId('split-first')).toHaveText('Ana Paula');
    await expect(wizard.root.getByTestId('split-last')).toHaveText('dos Santos');
    await wizard.mapField('Score', 'Lead Score');
    await wizard.mapField('CNPJ', 'CNPJ');
    await wizard.addMapping('Job title', 1);
    await expect(wizard.nextButton).toBeDisabled();
    await wizard.createField('added mapping 1', 'Cargo');
    await expect(wizard.nextButton).toBeEnabled();
    await app.screenshot('wizard-5-mapping');

    // 6. Filters: test leads are not counted, so a new client has none.
    await wizard.next('Send only the right leads');
    await wizard.addCondition('Score is at least', 1);
    await wizard.root.getByLabel('Condition 1: score').fill('40');
    await expect(wizard.filterCount).toHaveText(/no leads yet/);
    await app.screenshot('wizard-6-filters');

    // 7. Review: the exact calls, then activation.
    await wizard.next('Review and activate');
    await expect(wizard.previewCalls().first()).toContainText('/api/3/contact/sync');
    await expect(wizard.previewCalls().first()).toContainText('"email": "maria.santos@example.com"');
    await expect(wizard.root.getByTestId('preview-marker').filter({ hasText: 'Live lookup' }).first()).toBeVisible();
    await expect(wizard.root).not.toContainText(acEmulator.apiKey);
    await app.screenshot('wizard-7-review');
    // The full page is long (every call); the first screen is what a user sees on arrival.
    await app.screenshot('wizard-7-review-top', { fullPage: false });
    await wizard.saveAndActivate();
    await expect(wizard.root).toContainText('ActiveCampaign Marketing is active');

    // 8. "Send test lead": followed until ActiveCampaign answered, each call shown.
    await wizard.testLead.getByRole('button', { name: 'Send test lead' }).click();
    await expect(wizard.testLead).toContainText('Test lead delivered', { timeout: 20_000 });
    const calls = wizard.testLead.getByTestId('call');
    await expect(calls.first()).toContainText('POST');
    expect(await calls.count()).toBeGreaterThanOrEqual(5);
    await expect(wizard.testLead.locator('[data-testid="call"]:not([data-ok])')).toHaveCount(0);
    await app.screenshot('wizard-8-test-lead');

    const email = (await wizard.testLead.locator('code').first().innerText()).trim();
    expect(email).toMatch(/@example\.com$/);
    const contact = await acEmulator.contact(email);
    expect(contact).not.toBeNull();
    expect(contact!.tags).toEqual(expect.arrayContaining([...FIXED_TAGS, 'promocao']));
    expect(SCORE_TAGS.filter((tag) => contact!.tags.includes(tag))).toHaveLength(1);
    expect(contact!.lists).toEqual([expect.objectContaining({ name: 'Newsletter', status: '1' })]);
    expect(contact!.fieldsByTitle['Lead Score']).toMatch(/^\d+$/);
    expect(contact!.fieldsByTitle['CNPJ']?.replace(/\D/g, '')).toBe('11222333000181');
    expect(contact!.fieldsByTitle['Cargo']).toBe('Marketing Director');
    expect(contact!.account?.name).toBe('Zero Bad Leads (test)');
    // Full name → First Name / Last Name: both halves arrive (the split itself is the core's, tested there).
    expect(contact!.firstName).not.toBe('');
    expect(contact!.lastName).not.toBe('');
    expect(contact!.phone).toMatch(/^\+55/);

    // Back on the page, the integration is listed as active with its masked key.
    await wizard.backToList();
    await expect(sendLeads.status('ActiveCampaign Marketing')).toHaveText('Active');
    await expect(sendLeads.item('ActiveCampaign Marketing')).toContainText(`API key …${acEmulator.apiKey.slice(-4)}`);
    await app.screenshot('send-leads');
  });

  test('a wrong key or the app URL instead of the API URL get the guide’s explanation', async ({
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

    await wizard.fillCredentials(acEmulator.url, 'not-the-right-key-123');
    await expect(wizard.connectionState).toContainText('ActiveCampaign refused these credentials');
    await expect(wizard.connectionState).toContainText(
      'Check that the API Key and the API URL are correct. Confirm there are no extra spaces before or after the pasted values.',
    );
    await expect(wizard.urlInput).toHaveAttribute('aria-invalid', 'true');
    await expect(wizard.keyInput).toHaveAttribute('aria-invalid', 'true');
    await expect(wizard.nextButton).toBeDisabled();
    await app.screenshot('wizard-wrong-key');

    await wizard.urlInput.fill('https://acme.activehosted.com');
    await expect(wizard.root).toContainText('not its API URL');
    await expect(wizard.root).toContainText('Settings → Developer');
    await expect(wizard.urlInput).toHaveAttribute('aria-invalid', 'true');
    await expect(wizard.keyInput).not.toHaveAttribute('aria-invalid', 'true');

    // Fixing both values clears the complaint and unlocks the next step.
    await wizard.fillCredentials(acEmulator.url, acEmulator.apiKey);
    await expect(wizard.connectionState).toContainText('Connected to ActiveCampaign');
    await expect(wizard.nextButton).toBeEnabled();

    // Keyboard: "Next" works with Enter, and focus lands on the new step's heading for screen readers.
    await wizard.nextButton.focus();
    await page.keyboard.press('Enter');
    await wizard.expectStep('Configure the integration');
    await expect(wizard.root.getByRole('heading', { name: 'Configure the integration' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(wizard.root.getByLabel(/^Integration name/)).toBeFocused();
  });
});

test('in Portuguese, the page and the wizard speak the client’s language', async ({ app, host, page, acEmulator }) => {
  await app.open(host.url);
  await app.createFirstClient('Clínica Acme');
  await app.go('Settings');
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Português (Brasil)').click();
  await page.getByRole('navigation').getByRole('button', { name: 'Enviar leads', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Enviar leads', level: 1 })).toBeVisible();
  await expect(page.getByTestId('card-webhook')).toContainText('Webhook de saída');
  await app.screenshot('pt-send-leads');

  await page.getByTestId('card-activecampaign').getByRole('button', { name: 'Integrar' }).click();
  await page.getByLabel(/^URL da API/).fill('https://acme.activehosted.com');
  await page.getByLabel(/^Chave da API/).fill(acEmulator.apiKey);
  await expect(page.getByTestId('ac-wizard')).toContainText('não a URL da API');
  await app.screenshot('pt-wizard-credentials');
});
