import { expect, test } from './fixtures/test';
import { LeadSettingsTabModel, postLead } from './pages/lead-settings-tab';
import { ScoringTabModel } from './pages/scoring-tab';

/**
 * Four leads around the recommended profile's threshold (40): Ana 80 (high), Bruno 25 (low,
 * free e-mail), Carla 45 (medium), Diego 40 (medium, free e-mail).
 */
const LEADS = [
  {
    fullName: 'Ana Ribeiro',
    email: 'ana@acme.com.br',
    phone: '+55 11 91234-5678',
    company: 'Acme Ltda',
    cnpj: '11.222.333/0001-81',
    jobTitle: 'Diretora Comercial',
  },
  { fullName: 'Bruno Lima', email: 'bruno.lima@gmail.com', phone: '+55 21 98765-4321', company: 'Lima Ltda' },
  { fullName: 'Carla Souza', email: 'carla@souza.com.br', phone: '+55 31 99876-5432', company: 'Souza ME' },
  {
    fullName: 'Diego Alves',
    email: 'diego.alves@hotmail.com',
    phone: '+55 41 99123-4567',
    company: 'Alves Comércio',
    jobTitle: 'Gerente de vendas',
  },
];

test('the profile editor previews each change on the client’s leads before it is saved', async ({
  app,
  host,
  page,
}) => {
  await app.open(host.url);
  await app.createFirstClient('Acme');

  // Leads arrive through the local intake API, turned on from the UI with the token it shows once.
  const settings = new LeadSettingsTabModel(page);
  await settings.open();
  const { token, endpoint } = await settings.enableIntake();
  const scores: unknown[] = [];
  for (const [index, lead] of LEADS.entries()) {
    const answer = await postLead(endpoint, token, lead, { 'Idempotency-Key': `lead-${index}` });
    expect(answer.status).toBe(202);
    scores.push(answer.body.score);
  }
  expect(scores).toEqual([80, 25, 45, 40]);
  // A retry with the same key is the same lead; the same key with another body is refused.
  const replay = await postLead(endpoint, token, LEADS[0] ?? {}, { 'Idempotency-Key': 'lead-0' });
  expect(replay.status).toBe(202);
  const reused = await postLead(endpoint, token, LEADS[1] ?? {}, { 'Idempotency-Key': 'lead-0' });
  expect(reused.status).toBe(422);
  expect(reused.body).toMatchObject({ error: { code: 'idempotency_key_reused' } });

  const scoring = new ScoringTabModel(page);
  await scoring.open();
  await expect(scoring.profile('Default')).toContainText('Active');
  await expect(scoring.editor.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Default');
  await expect(scoring.preview).toContainText('The client’s latest 4 leads');
  await expect(scoring.qualifiedPreview).toHaveText('3');
  await expect(scoring.save).toBeDisabled();

  // Free e-mail worth 20: Bruno reaches 40 and qualifies, before anything is saved.
  await scoring.setPoints('Free e-mail', 20);
  await expect(scoring.unsaved).toBeVisible();
  await expect(scoring.qualifiedPreview).toHaveText('4');
  // Threshold 50: Carla (45) and Bruno (40) drop out.
  await scoring.threshold.fill('50');
  await expect(scoring.qualifiedPreview).toHaveText('2');
  await expect(scoring.preview.getByTestId('preview-qualified')).toContainText('3');

  const bruno = scoring.preview.getByTestId('preview-lead').filter({ hasText: 'Bruno Lima' });
  await expect(bruno.getByTestId('preview-score')).toHaveText('40');
  await bruno.getByRole('button').click();
  const reasons = bruno.getByRole('list', { name: 'Why, with these changes' });
  await expect(reasons.getByRole('listitem').filter({ hasText: 'Free e-mail' })).toContainText('+20');
  await expect(reasons.getByRole('listitem').filter({ hasText: 'Valid mobile' })).toContainText('+10');
  // Sticky panels make full-page captures misleading: a tall viewport shows what a user sees.
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.evaluate('document.querySelector("main").scrollTo(0, 0)');
  await app.screenshot('scoring-editor-preview', { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 800 });

  // A gap between ranges is reported on the range it is in front of, and stops preview and save.
  await scoring.rangeInput(3, 'To').fill('35');
  await expect(scoring.editor.getByText('There is a gap before this range: it should start at 36.')).toBeVisible();
  await expect(scoring.preview.getByTestId('preview-invalid')).toBeVisible();
  await expect(scoring.save).toBeDisabled();
  await scoring.rangeInput(3, 'To').fill('39');
  await expect(scoring.preview.getByTestId('preview-invalid')).toBeHidden();

  const menu = await scoring.openRuleMenu();
  await expect(menu.getByRole('menuitem', { name: /Free e-mail/ })).toBeDisabled();
  await app.screenshot('scoring-rule-menu', { fullPage: false });
  await menu.getByRole('menuitem', { name: /State \(UF\)/ }).click();
  const state = scoring.rule('State (UF)');
  await expect(state).toContainText('Choose at least one state.');
  await expect(scoring.preview.getByTestId('preview-invalid')).toBeVisible();
  await state.getByLabel('State (UF): States').click();
  await page.getByRole('option', { name: 'SP', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(state).not.toContainText('Choose at least one state.');

  await (await scoring.openRuleMenu()).getByRole('menuitem', { name: /Custom condition/ }).click();
  const custom = scoring.rule('Custom condition');
  await expect(custom).toContainText('Name the parameter or field');
  await custom.getByLabel('Custom condition: key').fill('segmento');
  await custom.getByLabel('Custom condition: Condition').click();
  await page.getByRole('option', { name: 'is one of', exact: true }).click();
  const values = custom.getByLabel('Custom condition: Values');
  await values.fill('varejo');
  await values.press('Enter');
  await expect(custom).not.toContainText('Name the parameter or field');
  await expect(scoring.preview.getByTestId('preview-invalid')).toBeHidden();
  await state.scrollIntoViewIfNeeded();
  await app.screenshot('scoring-custom-rules', { fullPage: false });
  await state.getByRole('button', { name: 'Remove rule State (UF)' }).click();
  await custom.getByRole('button', { name: 'Remove rule Custom condition' }).click();
  await expect(scoring.editor.getByTestId('scoring-rule')).toHaveCount(13);

  // Nothing replaces an edited draft without asking.
  await scoring.root.getByRole('button', { name: 'New profile' }).click();
  const discard = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(discard).toBeHidden();
  await expect(scoring.points('Free e-mail')).toHaveValue('20');

  await scoring.save.click();
  await expect(page.getByText('“Default” was saved.')).toBeVisible();
  await expect(scoring.unsaved).toBeHidden();
  await page.reload();
  await scoring.open();
  await expect(scoring.points('Free e-mail')).toHaveValue('20');
  await expect(scoring.threshold).toHaveValue('50');
  await expect(scoring.qualifiedPreview).toHaveText('2');
});

test('profiles: duplicate, a refused name, reset, activate another, and the active one cannot be deleted', async ({
  app,
  host,
  page,
}) => {
  await app.open(host.url);
  await app.createFirstClient('Acme');
  const scoring = new ScoringTabModel(page);
  await scoring.open();
  await expect(scoring.profile('Default')).toContainText('Active');
  await expect(scoring.preview).toContainText('This client has no leads yet');

  await scoring.profileAction('Default', 'Duplicate');
  await expect(scoring.profile('Default (copy)')).toBeVisible();
  await expect(scoring.editor.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Default (copy)');
  // The core refuses a second profile with the same name; the name field says so.
  const name = scoring.editor.getByRole('textbox', { name: 'Profile name' });
  await name.fill('default');
  await scoring.save.click();
  await expect(scoring.editor.getByText('This client already has a profile with this name.')).toBeVisible();
  // Reset brings back the recommended rules and threshold, keeping the name being edited.
  await scoring.setPoints('Free e-mail', 30);
  await scoring.threshold.fill('60');
  await scoring.editor.getByRole('button', { name: 'Reset to recommended' }).click();
  await page
    .getByRole('dialog', { name: 'Reset to the recommended profile?' })
    .getByRole('button', { name: 'Reset' })
    .click();
  await expect(scoring.points('Free e-mail')).toHaveValue('5');
  await expect(scoring.threshold).toHaveValue('40');
  await expect(name).toHaveValue('default');
  await scoring.editor.getByRole('button', { name: 'Discard' }).click();
  await expect(name).toHaveValue('Default (copy)');
  await expect(scoring.unsaved).toBeHidden();

  await scoring.profile('Default (copy)').getByRole('button', { name: 'Activate' }).click();
  await expect(page.getByText('“Default (copy)” is now the active profile.')).toBeVisible();
  await expect(scoring.profile('Default (copy)')).toContainText('Active');
  await expect(scoring.profile('Default')).not.toContainText('Active');

  await scoring.profileAction('Default (copy)', 'Delete');
  const refused = page.getByRole('dialog', { name: '“Default (copy)” cannot be deleted' });
  await expect(refused).toContainText('Activate another profile first');
  await refused.getByRole('button', { name: 'Got it' }).click();
  await expect(scoring.profile('Default (copy)')).toBeVisible();

  await scoring.profileAction('Default', 'Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete “Default”?' });
  await confirm.getByRole('button', { name: 'Delete profile' }).click();
  await expect(scoring.profile('Default')).toBeHidden();
  await expect(scoring.profiles.getByRole('listitem')).toHaveCount(1);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate('document.querySelector("main").scrollTo(0, 0)');
  await app.screenshot('scoring-dark', { fullPage: false });

  await app.go('Settings');
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Português (Brasil)').click();
  await page.getByRole('navigation').getByRole('button', { name: 'Leads', exact: true }).click();
  await page.getByRole('tab', { name: 'Pontuação', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Editor de perfil' })).toBeVisible();
  await expect(scoring.preview).toContainText('Prévia ao vivo');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 1500 });
  await app.screenshot('scoring-pt-BR', { fullPage: false });
});
