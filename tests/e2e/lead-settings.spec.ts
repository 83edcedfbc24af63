import { expect, test } from './fixtures/test';
import { LeadSettingsTabModel, postLead } from './pages/lead-settings-tab';

const LEAD = { fullName: 'Maria Souza', email: 'maria@acme.com.br', phone: '+55 11 91234-5678' };

test.describe('lead settings', () => {
  test('the allowlist refuses a bad domain inline and keeps a good one after a reload', async ({ app, host, page }) => {
    await app.open(host.url);
    await app.createFirstClient('Acme');
    const settings = new LeadSettingsTabModel(page);
    await settings.open();
    await expect(settings.saveAllowlist).toBeDisabled();

    await settings.addDomain('not_a_domain');
    await settings.saveAllowlist.click();
    await expect(settings.allowlistSection()).toContainText('“not_a_domain” is not a domain name');

    await settings.removeDomain('not_a_domain');
    await expect(settings.allowlistSection()).not.toContainText('is not a domain name');
    // The forms the core accepts are normalised: "@" and "*." go, case folds.
    await settings.addDomain('@Provedor.com.br');
    await settings.saveAllowlist.click();
    await expect(page.getByText('Allowlist saved.')).toBeVisible();
    await expect.poll(() => settings.domains()).toEqual(['provedor.com.br']);
    await expect(settings.saveAllowlist).toBeDisabled();

    await expect(settings.mxSwitch).not.toBeChecked();
    await settings.mxSwitch.click();
    await expect(page.getByText('MX check turned on.')).toBeVisible();

    await page.reload();
    await settings.open();
    await expect.poll(() => settings.domains()).toEqual(['provedor.com.br']);
    await expect(settings.mxSwitch).toBeChecked();
    await app.screenshot('lead-settings-allowlist');
  });

  test('the intake API shows its token once, takes leads with it, and a rotated token stops working', async ({
    app,
    host,
    page,
    context,
  }) => {
    await app.open(host.url);
    await app.createFirstClient('Acme');
    const settings = new LeadSettingsTabModel(page);
    await settings.open();
    await expect(settings.intakeCard.getByTestId('intake-state')).toHaveText('Off');
    await expect(settings.intakeSwitch).not.toBeChecked();

    await settings.intakeSwitch.click();
    const modal = settings.tokenModal;
    await expect(modal).toBeVisible();
    await expect(modal).toContainText('You will not see it again');
    const token = await modal.getByTestId('intake-token').inputValue();
    expect(token).toMatch(/^zbl_/);
    // The example in the modal is the only place the token appears in a request.
    await expect(modal.getByTestId('token-curl')).toContainText(`Authorization: Bearer ${token}`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await modal.getByRole('button', { name: 'Copy token' }).click();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(token);
    await app.screenshot('intake-token-modal', { fullPage: false });
    await settings.closeTokenModal();

    const card = settings.intakeCard;
    await expect(card.getByTestId('intake-state')).toHaveText('On');
    const endpoint = (await card.getByTestId('intake-endpoint').innerText()).trim();
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/leads$/);
    await expect(card.getByTestId('intake-token-hint')).toContainText(`Ends in …${token.slice(-4)}`);
    const curl = card.getByTestId('intake-curl');
    await expect(curl).toContainText(`curl -X POST '${endpoint}'`);
    await expect(curl).toContainText('Authorization: Bearer <your token>');
    await expect(curl).not.toContainText(token);
    await app.screenshot('intake-card');

    const accepted = await postLead(endpoint, token, LEAD);
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({ status: 'accepted', qualified: expect.any(Boolean) });
    expect(accepted.body.id).toEqual(expect.any(String));
    expect((await postLead(endpoint, null, LEAD)).body).toMatchObject({ error: { code: 'missing_token' } });
    const noEmail = await postLead(endpoint, token, { fullName: 'Sem E-mail', phone: '+55 11 91234-5678' });
    expect(noEmail.status).toBe(422);
    expect(noEmail.body).toMatchObject({ error: { code: 'email_required' } });

    const rotated = await settings.rotateToken();
    expect(rotated).toMatch(/^zbl_/);
    expect(rotated).not.toBe(token);
    await settings.closeTokenModal();
    await expect(card.getByTestId('intake-token-hint')).toContainText(`Ends in …${rotated.slice(-4)}`);

    const withOld = await postLead(endpoint, token, LEAD);
    expect(withOld.status).toBe(401);
    expect(withOld.body).toMatchObject({ error: { code: 'invalid_token' } });
    expect((await postLead(endpoint, rotated, LEAD)).status).toBe(202);

    // Turning it back on reuses the token: nothing to show, nothing for senders to change.
    await settings.intakeSwitch.click();
    await expect(card.getByTestId('intake-state')).toHaveText('Off');
    await expect(card.getByTestId('intake-endpoint')).toBeHidden();
    await settings.intakeSwitch.click();
    await expect(card.getByTestId('intake-state')).toHaveText('On');
    await expect(settings.tokenModal).toBeHidden();
    await expect(card.getByTestId('intake-token-hint')).toContainText(`Ends in …${rotated.slice(-4)}`);
    // Test hosts listen on a free port, which may change when the server starts again.
    const again = (await card.getByTestId('intake-endpoint').innerText()).trim();
    expect((await postLead(again, rotated, LEAD)).status).toBe(202);
  });
});
