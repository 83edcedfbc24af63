import { expect, test } from './fixtures/test';
import { BridgeClient } from './pages/logs-page';

const FIXED_TAGS = ['zero-bad-leads', 'promocao', 'qualified-lead'];
const CARDS = [
  ['activecampaign', 'ActiveCampaign'],
  ['hubspot', 'HubSpot'],
  ['pipedrive', 'Pipedrive'],
  ['webhook', 'Outbound webhook'],
] as const;
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
    // Every integration of the guide can be set up, each button named after its integration.
    for (const [card, name] of CARDS) {
      const button = page.getByRole('button', { name: `Integrate ${name}`, exact: true });
      await expect(button).toBeEnabled();
      await expect(page.getByTestId(`card-${card}`).getByRole('button', { name: `Integrate ${name}` })).toHaveText(
        'Integrate',
      );
    }
    await app.screenshot('send-leads-empty');

    // 1. Credentials: validated by themselves once both are pasted.
    await sendLeads.integrate();
    await wizard.expectStep('Enter your API URL and API Key');
    await expect(wizard.root).toContainText('Developer');
    await expect(wizard.nextButton).toBeDisabled();
    // Spaces around pasted values are the guide's classic mistake; the app trims them, and once the
    // connection works the field shows the URL as it is used.
    await wizard.fillCredentials(` ${acEmulator.url}/ `, `${acEmulator.apiKey} `);
    await expect(wizard.connectionState).toContainText('Signed in as Ana Souza (admin@main.example.com).');
    await expect(wizard.urlInput).toHaveValue(acEmulator.url);
    await expect(wizard.connectionState).toContainText('Signed in as Ana Souza');
    await app.screenshot('wizard-1-credentials');

    // 2. Configure.
    await wizard.next('Configure the integration');
    await expect(wizard.root.getByLabel(/^Integration name/)).toHaveValue('ActiveCampaign Marketing');
    // The one action there is reads as a fact, in words: no field that looks editable, no API path.
    await expect(wizard.root.getByRole('group', { name: 'Action' })).toContainText('Create or update a contact');
    await expect(wizard.root.getByRole('textbox', { name: 'Action' })).toHaveCount(0);
    await expect(wizard.root).not.toContainText('contact/sync');
    await app.screenshot('wizard-2-configure');

    // 3. Tags: none until the user adds them (the guide's examples are a placeholder); the tip names a tag
    // the user has; a name with accents is flagged and fixed in one click; each × says which tag it removes.
    await wizard.next('Configure automatic tags');
    await expect(wizard.fixedTagPills()).toHaveCount(0);
    await expect(wizard.root.getByRole('combobox', { name: 'Fixed tags' })).toHaveAttribute(
      'placeholder',
      'e.g. qualified-lead, zero-bad-leads',
    );
    await expect(wizard.root).not.toContainText('“qualified-lead” tag is added');
    await app.screenshot('wizard-3-tags-empty');
    await wizard.addFixedTag('qualified-lead');
    await wizard.addFixedTag('zero-bad-leads');
    await expect(wizard.root).toContainText('“qualified-lead” tag is added');
    await wizard.addFixedTag('promoção');
    const warnings = wizard.root.getByTestId('tag-warnings');
    await expect(warnings).toContainText('“promoção” has accents.');
    await app.screenshot('wizard-3-tags-warning');
    await warnings.getByRole('button', { name: 'Use “promocao”' }).click();
    await expect(warnings).toBeHidden();
    await expect(wizard.fixedTagPills()).toHaveText(['qualified-lead', 'zero-bad-leads', 'promocao']);
    await wizard.removeFixedTag('qualified-lead');
    await expect(wizard.fixedTagPills()).toHaveText(['zero-bad-leads', 'promocao']);
    await expect(wizard.root).not.toContainText('qualified-lead');
    await expect(wizard.root).toContainText('“zero-bad-leads” tag is added');
    await wizard.addFixedTag('qualified-lead');
    await expect(wizard.fixedTagPills()).toHaveText(FIXED_TAGS);
    await expect(wizard.root.getByLabel('Tag for the High range')).toHaveValue('high-score');
    await app.screenshot('wizard-3-tags');

    // 4. Lists.
    await wizard.next('Assign to lists');
    await expect(wizard.root).toContainText('this account has 2 lists');
    await wizard.chooseLists(['Newsletter']);
    await expect(wizard.root.getByRole('button', { name: 'Remove the list “Newsletter”', exact: true })).toBeVisible();
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
    // The account's "Lead Score" and "CNPJ" fields are already picked for Score and CNPJ.
    await expect(wizard.root.getByLabel('Custom field for Score', { exact: true })).toHaveValue('Lead Score');
    await expect(wizard.root.getByLabel('Custom field for CNPJ', { exact: true })).toHaveValue('CNPJ');
    await wizard.addMapping('Job title', 1);
    await expect(wizard.nextButton).toBeDisabled();
    await wizard.createField('added mapping 1', 'Cargo');
    await expect(wizard.nextButton).toBeEnabled();
    await app.screenshot('wizard-5-mapping');

    // 6. Filters: test leads are not counted, so a new client has none; the step opens on that answer,
    // without a "Counting…" in between.
    await wizard.recordFilterCounts();
    await wizard.next('Send only the right leads');
    await expect(wizard.filterCount).toHaveText(/no leads yet/);
    expect(await wizard.recordedFilterCounts()).not.toContain('Counting…');
    await wizard.addCondition('Score is at least', 1);
    await wizard.root.getByLabel('Condition 1: score').fill('40');
    await expect(wizard.filterCount).toHaveText(/no leads yet/);
    await app.screenshot('wizard-6-filters');

    // 7. Review: the exact calls for the lead "Send test lead" sends, grouped so the page stays short.
    await wizard.next('Review and activate');
    await expect(wizard.previewCalls().first()).toContainText('/api/3/contacts');
    await expect(wizard.previewCalls().first()).toContainText('"firstName": "Ana Paula"');
    await expect(wizard.root).toContainText('Sample lead, with the values “Send test lead” uses: Ana Paula dos Santos');
    // The preview is a real lead's send: its account steps are there, and the page says what a test lead skips.
    await expect(wizard.root).toContainText(
      'Account "Zero Bad Leads (test)" did not exist in ActiveCampaign and would be created.',
    );
    await expect(wizard.root).toContainText(
      'A test lead also gets the tag “zbl-test-lead”, and skips the account step',
    );
    await expect(wizard.root).not.toContainText(acEmulator.apiKey);
    expect(await wizard.previewCalls().count()).toBeGreaterThanOrEqual(15);
    expect(await page.evaluate<number>('document.documentElement.scrollHeight')).toBeLessThan(1_800);
    // Nothing is written by the preview, so nothing "was created" yet.
    await expect(wizard.root).toContainText('Tag "promocao" did not exist in ActiveCampaign and would be created.');
    await expect(wizard.root).not.toContainText('was created');
    const tagsGroup = wizard.root.getByRole('button', { name: /^Tags \d+ calls/ });
    await tagsGroup.click();
    await expect(tagsGroup).toHaveAttribute('aria-expanded', 'true');
    const tagCalls = wizard.root.getByRole('list', { name: 'Tags' }).getByTestId('preview-call');
    await expect(tagCalls.first()).toBeVisible();
    await expect(tagCalls.getByTestId('preview-marker').filter({ hasText: 'Live lookup' }).first()).toBeVisible();
    await app.screenshot('wizard-7-review');
    // The full page is long (every call); the first screen is what a user sees on arrival.
    await app.screenshot('wizard-7-review-top', { fullPage: false });
    await wizard.saveAndActivate();
    await expect(wizard.root).toContainText('ActiveCampaign Marketing is active');

    // 8. "Send test lead": followed until ActiveCampaign answered, each call shown. It is tagged, and its
    // account is left out unless asked for.
    await expect(wizard.testLead.getByTestId('test-lead-intro')).toContainText('the tag “zbl-test-lead”');
    const alsoAccount = wizard.testLead.getByRole('checkbox', {
      name: 'Also create the account “Zero Bad Leads (test)” in ActiveCampaign',
    });
    await expect(alsoAccount).not.toBeChecked();
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
    expect(contact!.tags).toEqual(expect.arrayContaining(FIXED_TAGS));
    expect(SCORE_TAGS.filter((tag) => contact!.tags.includes(tag))).toHaveLength(1);
    expect(contact!.lists).toEqual([expect.objectContaining({ name: 'Newsletter', status: '1' })]);
    expect(contact!.fieldsByTitle['Lead Score']).toMatch(/^\d+$/);
    expect(contact!.fieldsByTitle['CNPJ']?.replace(/\D/g, '')).toBe('11222333000181');
    expect(contact!.fieldsByTitle['Cargo']).toBe('Marketing Director');
    expect(contact!.tags).toContain('zbl-test-lead');
    expect(contact!.account).toBeNull();
    await expect(wizard.testLead.getByTestId('test-lead-notes')).toContainText(
      'the account "Zero Bad Leads (test)" was not looked up or created in ActiveCampaign',
    );
    // Full name → First Name / Last Name: the review's sample lead is the one that arrived.
    expect(contact!.firstName).toBe('Ana Paula');
    expect(contact!.lastName).toBe('dos Santos');
    expect(contact!.phone).toMatch(/^\+55/);

    // The sidebar's "Send Leads" goes back to the list (after a look at another section too), not to the
    // wizard, which has nothing left to save.
    await app.go('Logs');
    await app.go('Send Leads');
    await expect(wizard.root).toBeHidden();
    await expect(sendLeads.acCard).toBeVisible();
    await expect(page.getByTestId('unsaved-activecampaign')).toBeHidden();
    // Back on the page, the integration is listed as active with its masked key.
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

test('in Portuguese, the test lead panel names the test tag and offers the account in the user’s words', async ({
  app,
  host,
  page,
  acEmulator,
}) => {
  await app.open(host.url);
  await app.createFirstClient('Clínica Acme');
  const bridge = await BridgeClient.connect(host.url);
  const [client] = await bridge.call('clients:list', {});
  await bridge.call('activecampaign:save', {
    clientId: client!.id,
    apiKey: acEmulator.apiKey,
    config: { apiUrl: acEmulator.url, name: 'AC Vendas' },
  });
  await app.go('Settings');
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Português (Brasil)').click();
  await page.getByRole('navigation').getByRole('button', { name: 'Enviar leads', exact: true }).click();
  await page.getByRole('button', { name: 'Enviar lead de teste para AC Vendas' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('test-lead-intro')).toContainText(
    'No ActiveCampaign o contato de teste recebe a tag “zbl-test-lead”',
  );
  const alsoAccount = dialog.getByRole('checkbox', {
    name: 'Criar também a conta “Zero Bad Leads (teste)” no ActiveCampaign',
  });
  await expect(alsoAccount).not.toBeChecked();
  await alsoAccount.check();
  await dialog.getByRole('button', { name: 'Enviar lead de teste' }).click();
  await expect(dialog).toContainText('Lead de teste entregue', { timeout: 20_000 });
  await app.screenshot('pt-test-lead-modal', { fullPage: false });
  const email = (await dialog.locator('code').first().innerText()).trim();
  const contact = await acEmulator.contact(email);
  // The account the checkbox named is the one created, in the same language.
  expect(contact!.account?.name).toBe('Zero Bad Leads (teste)');
  expect(contact!.tags).toContain('zbl-test-lead');
});
