import { expect, test } from './fixtures/test';
import { LeadsPageModel } from './pages/leads-page';
import { ScoringTabModel } from './pages/scoring-tab';

const RLO = '\u202e';

test.describe('Lead quality', () => {
  test('bad data is cleaned, explained, kept from the CRM, and corrected in one click; phones are found by digits', async ({
    app,
    host,
    page,
  }) => {
    const leads = new LeadsPageModel(page);
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');
    await app.go('Leads');

    await page.getByRole('button', { name: 'Add lead' }).first().click();
    const form = leads.form;
    // Pasted with a direction override; the address is Gmail mistyped as a company's.
    await leads.field('Name').fill(`Ana Lima${RLO}`);
    await leads.field('E-mail').fill('ana@gmail.com.br');
    await leads.field('Phone').fill('(11) 98765-4321');
    await leads.field('CNPJ').fill('11.222.333/0001-81');
    await leads.field('Job title').fill('Diretora');
    await expect(form.getByText('Invisible control characters removed: 1')).toBeVisible();
    await expect(form.getByText('Probable typo of gmail.com: did you mean ana@gmail.com?')).toBeVisible();
    await expect(leads.field('E-mail')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByTestId('live-qualified')).toHaveText('Not qualified: probable typo in the e-mail.');
    await app.screenshot('quality-form', { fullPage: false });
    await form.getByRole('button', { name: 'Add lead' }).click();
    await expect(form).toBeHidden();
    await expect(
      page.getByText('Lead added, not sent: probable typo in the e-mail. Correct it in the lead’s details.'),
    ).toBeVisible();

    const ana = leads.row('Ana Lima');
    await expect(ana.getByTestId('email-kind')).toHaveText('Probable typo');
    await expect(ana.getByTestId('qualified')).toHaveAttribute('data-qualified', 'no');
    await leads.open(ana);
    const drawer = leads.drawer;
    await expect(drawer.getByTestId('qualified-summary')).toContainText(
      'Not qualified: probable typo in the e-mail. Leads with bad data are not sent, whatever their score',
    );
    await expect(drawer.getByTestId('lead-issue').and(page.locator('[data-code="control_chars_removed"]'))).toHaveText(
      /^Name: Invisible control characters removed: 1/,
    );
    await expect(drawer.getByText('Ana Lima', { exact: true }).first()).toBeVisible();
    await app.screenshot('quality-detail-blocked');

    await drawer.getByRole('button', { name: 'Correct it to ana@gmail.com' }).click();
    await expect(page.getByText('Corrected: the lead is qualified now.')).toBeVisible();
    await expect(drawer.getByTestId('qualified-summary')).toHaveText(
      'Qualified: sent to the client’s active integrations.',
    );
    await expect(drawer.locator('[data-code="email_probable_typo"]')).toHaveCount(0);
    await expect(drawer.getByRole('button', { name: 'Correct it to ana@gmail.com' })).toHaveCount(0);
    await app.screenshot('quality-detail-corrected');
    await leads.closeDrawer();
    await expect(ana.getByTestId('email-kind')).toHaveText('Free');
    await expect(ana.getByTestId('qualified')).toHaveAttribute('data-qualified', 'yes');

    // A phone typed without spaces is found by the digits another system writes.
    await page.getByRole('button', { name: 'Add lead' }).first().click();
    await leads.field('Name').fill('Bia Souza');
    await leads.field('Phone').fill('(27)967255745');
    await form.getByRole('button', { name: 'Add lead' }).click();
    await expect(form).toBeHidden();
    const search = page.getByRole('textbox', { name: 'Search' });
    for (const typed of ['27967255745', '+55 27 96725-5745']) {
      await search.fill(typed);
      await expect(leads.rows).toHaveCount(1);
      await expect(leads.row('Bia Souza')).toBeVisible();
    }
    await app.screenshot('quality-search-phone', { fullPage: false });
  });

  test('the scoring profile never sends bad data unless the agency says so', async ({ app, host, page }) => {
    const leads = new LeadsPageModel(page);
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');
    await app.go('Leads');
    await page.getByRole('button', { name: 'Add lead' }).first().click();
    await leads.field('Name').fill('Caio Prado');
    await leads.field('E-mail').fill('caio@prado.com.br');
    await leads.field('Phone').fill('(11) 98765-4321');
    await leads.field('Company').fill('Prado Ltda');
    await leads.field('Job title').fill('Diretor');
    await leads.field('CNPJ').fill('11.222.333/0001-82');
    await expect(leads.form.getByText('The CNPJ check digits do not match')).toBeVisible();
    // 60 points would qualify it; the invalid CNPJ does not let it.
    await expect(leads.form.getByTestId('live-score').getByTestId('score-badge')).toHaveText('60');
    await expect(leads.form.getByTestId('live-qualified')).toHaveText('Not qualified: invalid CNPJ.');
    await leads.form.getByRole('button', { name: 'Add lead' }).click();
    await expect(leads.form).toBeHidden();

    const scoring = new ScoringTabModel(page);
    await scoring.open();
    const section = scoring.editor.getByRole('group', { name: 'Never send bad data' });
    for (const option of ['An invalid e-mail', 'An invalid phone', 'An invalid CNPJ']) {
      await expect(section.getByRole('checkbox', { name: option })).toBeChecked();
    }
    await expect(scoring.qualifiedPreview).toHaveText('0');
    const caio = scoring.preview.getByTestId('preview-lead').filter({ hasText: 'Caio Prado' });
    await caio.getByRole('button').click();
    await expect(caio.getByTestId('preview-blocked')).toHaveText('Not qualified: invalid CNPJ.');

    await section.getByRole('checkbox', { name: 'An invalid CNPJ' }).uncheck();
    await expect(section.getByTestId('disqualify-off')).toBeVisible();
    await expect(scoring.qualifiedPreview).toHaveText('1');
    await expect(caio).toContainText('Becomes qualified');
    await expect(caio.getByTestId('preview-blocked')).toHaveCount(0);
    // Sticky panels make full-page captures misleading: a tall viewport shows what a user sees.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.evaluate('window.scrollTo(0, 0)');
    await app.screenshot('quality-scoring-disqualify', { fullPage: false });
    await scoring.save.click();
    await expect(page.getByText('“Default” was saved.')).toBeVisible();
    await page.reload();
    await scoring.open();
    await expect(
      scoring.editor
        .getByRole('group', { name: 'Never send bad data' })
        .getByRole('checkbox', { name: 'An invalid CNPJ' }),
    ).not.toBeChecked();
  });
});
