import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { AcWizardModel } from './pages/ac-wizard';
import { BridgeClient, DispatchMaker } from './pages/logs-page';

/** A lead the default scoring profile qualifies; each one a new person. */
function lead(name: string) {
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '.');
  return {
    fullName: name,
    email: `${slug}@empresa.com.br`,
    phone: '(11) 98765-4321',
    company: 'Empresa Ltda',
    cnpj: '11.222.333/0001-81',
    jobTitle: 'Diretora Comercial',
    state: 'SP',
  };
}

class HomeModel {
  constructor(readonly page: Page) {}

  get attention(): Locator {
    return this.page.getByRole('region', { name: 'Needs attention' });
  }

  get rows(): Locator {
    return this.page.getByTestId('home-attention-row');
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  client(name: string): Locator {
    return this.page
      .getByTestId('home-client')
      .filter({ has: this.page.getByRole('button', { name: `Open the leads of ${name}` }) });
  }

  figure(name: string, window: 'today' | 'week', figure: 'received' | 'qualified' | 'sent'): Locator {
    return this.client(name).getByTestId(`${window}-${figure}`);
  }

  async clientOrder(): Promise<string[]> {
    return (await this.page.getByTestId('home-client').locator('td:first-child').allInnerTexts()).map((t) => t.trim());
  }
}

test.describe('Home', () => {
  test('the first screen: what needs attention across clients, fixed from there; each client’s leads today', async ({
    app,
    host,
    page,
    acEmulator,
  }) => {
    const home = new HomeModel(page);
    await app.open(host.url);
    // No client yet: the first run still leads to creating one, whatever the first screen is.
    await expect(page.getByTestId('first-run')).toBeVisible();
    await app.createFirstClient('Acme Dental');
    await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
    await expect(app.nav.getByRole('button', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    // Nothing is sent anywhere yet: the next step of a first run is one click away.
    await expect(page.getByTestId('home-no-integration')).toContainText('No lead is sent anywhere yet');
    await expect(home.figure('Acme Dental', 'today', 'received')).toHaveText('0');
    await app.screenshot('home-first-client');
    await page.getByRole('button', { name: 'Connect a CRM' }).click();
    await expect(page.getByRole('heading', { name: 'Send Leads', level: 1 })).toBeVisible();
    await app.go('Home');

    const bridge = await BridgeClient.connect(host.url);
    try {
      const acme = await bridge.call('clients:getCurrent', {});
      if (!acme) throw new Error('no current client');
      const beta = await bridge.call('clients:create', { name: 'Beta Foods' });
      const cora = await bridge.call('clients:create', { name: 'Cora Imóveis' });
      const make = new DispatchMaker(bridge, acEmulator);
      const acmeAc = await make.connect(acme.id, 'AC Acme');
      const betaAc = await make.connect(beta.id, 'AC Beta');
      const coraAc = await make.connect(cora.id, 'AC Cora');
      const states = async (integrationId: string) =>
        (await bridge.call('dispatch:list', { integrationId, limit: 50 })).map((d) => d.state).sort();
      const create = (clientId: string, name: string) => bridge.call('leads:create', { clientId, lead: lead(name) });

      // Acme: a lead sent. Beta: its CRM refuses a contact once (an error).
      await create(acme.id, 'Ana Ribeiro');
      await expect.poll(() => states(acmeAc)).toEqual(['sent']);
      await make.fault({ kind: 'status', status: 422, method: 'POST', path: '/contacts', times: 1 });
      await create(beta.id, 'Bruno Lima');
      await expect.poll(() => states(betaAc)).toEqual(['error']);
      // Cora: the CRM refuses the key (401): the integration stops and holds its leads.
      await make.fault({ kind: 'status', status: 401, method: 'POST', path: '/contacts', times: 1 });
      await create(cora.id, 'Carla Souza');
      await expect.poll(() => states(coraAc)).toEqual(['held']);
      await create(cora.id, 'Davi Rocha');
      await expect.poll(() => states(coraAc)).toEqual(['held', 'held']);

      // Live: the screen follows without a reload.
      const refused = home.row('ActiveCampaign refused the key of AC Cora');
      await expect(refused).toContainText('Cora Imóveis');
      await expect(refused).toContainText('2 leads waiting');
      const errors = home.row('1 lead not delivered to AC Beta');
      await expect(errors).toContainText('Beta Foods');
      await expect(page.getByTestId('home-attention-count')).toHaveText('2 items');
      await expect(home.client('Acme Dental')).toBeVisible();
      await expect(home.figure('Acme Dental', 'today', 'sent')).toHaveText('1');
      await expect(home.figure('Beta Foods', 'today', 'qualified')).toHaveText('1');
      await expect(home.figure('Beta Foods', 'today', 'sent')).toHaveText('0');
      await expect(home.figure('Cora Imóveis', 'week', 'received')).toHaveText('2');
      await expect(home.figure('Cora Imóveis', 'week', 'sent')).toHaveText('0');
      await app.screenshot('home-attention');

      // Sorted by leads received today, most first; ties by name.
      expect(await home.clientOrder()).toEqual(['Acme Dental', 'Beta Foods', 'Cora Imóveis']);
      await page.getByRole('button', { name: 'Sort by Received (Today)' }).click();
      await expect.poll(() => home.clientOrder()).toEqual(['Cora Imóveis', 'Acme Dental', 'Beta Foods']);
      await page.getByRole('button', { name: 'Sort by Client' }).click();
      await expect.poll(() => home.clientOrder()).toEqual(['Acme Dental', 'Beta Foods', 'Cora Imóveis']);

      // Open: the client's Logs, filtered to the row's dispatches.
      await errors.getByRole('button', { name: /^Open in Logs/ }).click();
      await expect(page.getByRole('heading', { name: 'Logs', level: 1 })).toBeVisible();
      await expect(app.switcher).toHaveValue('Beta Foods');
      await expect(page.getByTestId('log-row')).toHaveCount(1);
      await expect(page.getByTestId('log-row').first()).toHaveAttribute('data-state', 'error');
      await app.go('Home');

      // Resend from home: the error goes again, and its row goes away.
      await errors.getByRole('button', { name: 'Resend the failed lead of AC Beta (Beta Foods)' }).click();
      await expect(page.getByText('1 lead of AC Beta is being sent again.')).toBeVisible();
      await expect(errors).toHaveCount(0);
      await expect.poll(() => states(betaAc)).toEqual(['error', 'sent']);
      await expect(home.figure('Beta Foods', 'today', 'sent')).toHaveText('1');

      // Fix the key: Cora's integration opens on Send Leads at the key step.
      await refused.getByRole('button', { name: 'Fix the key of AC Cora (Cora Imóveis)' }).click();
      const wizard = new AcWizardModel(page);
      await wizard.expectStep('Enter your API URL and API Key');
      await expect(app.switcher).toHaveValue('Cora Imóveis');
      await expect(page.getByRole('heading', { name: 'Edit AC Cora', level: 1 })).toBeVisible();
      await app.screenshot('home-fix-key');
      await wizard.keyInput.fill(acEmulator.apiKey);
      await expect(wizard.connectionState).toContainText('Connected to ActiveCampaign');
      await wizard.goToStep(7, 'Review', 'Review and activate');
      await wizard.root.getByRole('button', { name: 'Save changes' }).click();
      await expect(wizard.root).toBeHidden();

      // The new key is taken: the held leads are sent and the row is gone.
      await expect.poll(() => states(coraAc)).toEqual(['sent', 'sent']);
      await app.go('Home');
      await expect(page.getByTestId('home-all-good')).toContainText('Nothing needs attention');
      await expect(home.figure('Cora Imóveis', 'today', 'sent')).toHaveText('2');
      await app.screenshot('home-all-good');
    } finally {
      bridge.close();
    }
  });

  test('a paused integration is resumed from home, and the page speaks Portuguese', async ({
    app,
    host,
    page,
    acEmulator,
  }) => {
    const home = new HomeModel(page);
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');
    const bridge = await BridgeClient.connect(host.url);
    try {
      const acme = await bridge.call('clients:getCurrent', {});
      if (!acme) throw new Error('no current client');
      const integrationId = await new DispatchMaker(bridge, acEmulator).connect(acme.id, 'AC Acme');
      await bridge.call('dispatch:pauseIntegration', { integrationId });
      await bridge.call('leads:create', { clientId: acme.id, lead: lead('Ana Ribeiro') });
      const paused = home.row('AC Acme is paused');
      await expect(paused).toContainText('1 lead waiting');

      await bridge.call('settings:update', { language: 'pt-BR' });
      await expect(page.getByRole('heading', { name: 'Início', level: 1 })).toBeVisible();
      await expect(home.rows.filter({ hasText: 'AC Acme está pausada' })).toContainText('1 lead esperando');
      await expect(page.getByRole('button', { name: 'Ordenar por Recebidos (Hoje)' })).toBeVisible();
      await app.screenshot('home-pt-BR');
      await bridge.call('settings:update', { language: 'en' });

      await paused.getByRole('button', { name: 'Resume AC Acme (Acme Dental)' }).click();
      await expect(page.getByTestId('home-all-good')).toBeVisible();
      await expect(home.figure('Acme Dental', 'today', 'sent')).toHaveText('1');
    } finally {
      bridge.close();
    }
  });
});
