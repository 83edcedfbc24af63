import { WebhookReceiverProcess } from './fixtures/webhook-receiver';
import { expect, test as base } from './fixtures/test';
import { WebhookWizardModel } from './pages/webhook-wizard';

const test = base.extend<{ receiver: WebhookReceiverProcess; webhook: WebhookWizardModel }>({
  // Playwright reads the fixtures a fixture needs from this pattern; this one needs none.
  // eslint-disable-next-line no-empty-pattern
  receiver: async ({}, use) => {
    const receiver = new WebhookReceiverProcess();
    try {
      await receiver.start();
      await use(receiver);
    } finally {
      await receiver.stop();
    }
  },
  webhook: async ({ page }, use) => {
    await use(new WebhookWizardModel(page));
  },
});

const RECEIVER_KEY = 'e2e-receiver-key-0123456789';

test('outbound webhook: wizard, signing secret, activation and a signature-verified test lead', async ({
  app,
  host,
  receiver,
  webhook,
}) => {
  await app.open(host.url);
  await app.createFirstClient('Acme Dental');
  await app.go('Send Leads');
  await expect(webhook.card).toContainText('Not set up for this client yet.');
  await webhook.open();

  // 1. Endpoint: https only, except to this computer; headers checked as they are typed.
  await webhook.expectStep('Where should the leads go?');
  await expect(webhook.nextButton).toBeDisabled();
  const url = webhook.root.getByLabel(/^Receiver URL/);
  await url.fill('http://crm.example.com/leads');
  await expect(webhook.root).toContainText('plain http is only allowed to this computer');
  await url.fill(receiver.url);
  await webhook.addHeader('X-Api-Key', RECEIVER_KEY, true);
  await webhook.addHeader('Webhook-Signature', 'forged', false);
  await expect(webhook.root).toContainText('The app sets this header itself.');
  await expect(webhook.nextButton).toBeDisabled();
  await webhook.root.getByRole('button', { name: 'Remove header 2' }).click();
  await expect(webhook.nextButton).toBeEnabled();
  await app.screenshot('webhook-1-endpoint');

  // 2. Body: the default template, previewed live with the lead "Send test lead" sends; mistakes shown in place.
  await webhook.next('What each request contains');
  const preview = webhook.root.getByTestId('preview-body');
  await expect(preview).toContainText('"type": "lead.qualified"');
  await expect(preview).toContainText('"fullName": "Ana Paula dos Santos"');
  await expect(preview).toContainText('"email": "zbl-test-xxxxxxxx@example.com"');
  await expect(preview).toContainText('"name": "Acme Dental"');
  const template = webhook.root.getByLabel('Body template (JSON)');
  const original = await template.inputValue();
  await template.fill('{"email": "{{lead.emial}}"}');
  await expect(webhook.root.getByTestId('template-errors')).toHaveText(
    'email Unknown placeholder {{lead.emial}}. Did you mean {{lead.email}}?',
  );
  await app.screenshot('webhook-2-body-error');
  await webhook.root.getByRole('button', { name: 'Restore the default body' }).click();
  await expect(template).toHaveValue(original);
  await expect(preview).toContainText(/"score": \d+/);
  await app.screenshot('webhook-2-body');

  // 3. Signing: the secret exists once the draft is saved, and is shown for copying.
  await webhook.next('Sign every request');
  await expect(webhook.blockedReason).toHaveText('Save the webhook to create its signing secret.');
  const secret = await webhook.createSecret();
  expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
  await receiver.setSecrets([secret]);
  await app.screenshot('webhook-3-signing');

  // 4. Filters, 5. review: the exact request, with the secret header masked.
  await webhook.next('Send only the right leads');
  await app.screenshot('webhook-4-filters');
  await webhook.next('Review and activate');
  const headers = webhook.root.getByTestId('preview-headers');
  await expect(headers).toContainText(/webhook-signature\s*v1,[A-Za-z0-9+/]+=/);
  await expect(headers).toContainText('X-Api-Key…6789');
  await expect(webhook.root).not.toContainText(RECEIVER_KEY);
  await app.screenshot('webhook-5-review');
  await webhook.saveAndActivate();
  await expect(webhook.root).toContainText('Webhook is active');

  // 6. "Send test lead": through the real dispatch path, verified by the receiver, marked for it.
  await expect(webhook.testLead.getByTestId('test-lead-intro')).toContainText('X-ZBL-Test: true');
  // A webhook has no company to create: the choice is not offered.
  await expect(webhook.testLead.getByRole('checkbox')).toHaveCount(0);
  await webhook.testLead.getByRole('button', { name: 'Send test lead' }).click();
  await expect(webhook.testLead).toContainText('Test lead delivered', { timeout: 20_000 });
  await app.screenshot('webhook-6-test-lead');
  const deliveries = await receiver.deliveries();
  expect(deliveries).toHaveLength(1);
  const [delivery] = deliveries;
  expect(delivery?.verification).toMatchObject({ ok: true, matchedSecrets: [0] });
  expect(delivery?.headers['x-api-key']).toBe(RECEIVER_KEY);
  expect(delivery?.headers['x-zbl-test']).toBe('true');
  expect(delivery?.json).toMatchObject({
    type: 'lead.qualified',
    data: { test: true, client: { name: 'Acme Dental' } },
  });

  await webhook.root.getByRole('button', { name: 'Back to Send Leads' }).first().click();
  await expect(webhook.card.getByRole('group', { name: 'Webhook', exact: true })).toContainText('Active');
  await app.screenshot('webhook-send-leads');

  // Rotation: the receiver still knows only the old secret, and still accepts the next lead.
  await webhook.card.getByRole('button', { name: 'Edit Webhook' }).click();
  await webhook.root.getByRole('button', { name: 'Step 3: Signing secret' }).click();
  await webhook.expectStep('Sign every request');
  await webhook.root.getByRole('button', { name: 'Show secret' }).click();
  await expect(webhook.root.getByTestId('signing-secret')).toHaveText(secret);
  await webhook.root.getByRole('button', { name: 'Rotate secret' }).click();
  await app.page.getByRole('dialog').getByRole('button', { name: 'Rotate now' }).click();
  await expect(webhook.root.getByTestId('rotation-state')).toContainText('Both secrets sign until');
  const rotated = (await webhook.root.getByTestId('signing-secret').innerText()).trim();
  expect(rotated).toMatch(/^whsec_/);
  expect(rotated).not.toBe(secret);
  await app.screenshot('webhook-7-rotated');
  await webhook.root.getByRole('button', { name: 'Back to Send Leads' }).first().click();
  await app.sendLeads.openTestLead('Webhook');
  await app.page.getByRole('dialog').getByRole('button', { name: 'Send test lead' }).click();
  await expect(app.page.getByRole('dialog')).toContainText('Test lead delivered', { timeout: 20_000 });
  const [, second] = await receiver.deliveries();
  expect(second?.verification).toEqual({ ok: true, matchedSecrets: [0], signatureCount: 2 });
  expect(second?.headers['webhook-signature']?.split(' ')).toHaveLength(2);
});
