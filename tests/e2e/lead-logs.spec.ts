import { expect, test } from './fixtures/test';
import { LeadsPageModel } from './pages/leads-page';
import { BridgeClient, DispatchMaker, LogsPageModel } from './pages/logs-page';

const LEAD = {
  phone: '(11) 98765-4321',
  company: 'Acme',
  cnpj: '11.222.333/0001-81',
  jobTitle: 'Diretora Comercial',
  state: 'SP',
};

test("a lead's detail opens the Logs on exactly that lead's dispatches", async ({ app, host, page, acEmulator }) => {
  const leads = new LeadsPageModel(page);
  const logs = new LogsPageModel(page);
  await app.open(host.url);
  await app.createFirstClient('Acme Dental');

  // Two qualified leads whose e-mails contain one another: a text search could not tell them apart.
  const bridge = await BridgeClient.connect(host.url);
  try {
    const client = await bridge.call('clients:getCurrent', {});
    if (!client) throw new Error('no current client');
    await new DispatchMaker(bridge, acEmulator).connect(client.id, 'AC Marketing');
    for (const [fullName, email] of [
      ['Ana Lima', 'ana@acme.com.br'],
      ['Mariana Costa', 'mariana@acme.com.br'],
    ] as const) {
      const created = await bridge.call('leads:create', { clientId: client.id, lead: { ...LEAD, fullName, email } });
      expect(created.dispatches).toBe(1);
    }
    await expect
      .poll(async () => (await bridge.call('logs:list', { clientId: client.id })).rows.map((r) => r.state))
      .toEqual(['sent', 'sent']);
  } finally {
    bridge.close();
  }

  await app.go('Leads');
  await leads.open(leads.row('Ana Lima'));
  await leads.drawer.getByRole('button', { name: 'Open in Logs' }).click();
  await expect(logs.rows).toHaveCount(1);
  await expect(logs.rows.first()).toContainText('ana@acme.com.br');
  await expect(page.getByTestId('lead-filter')).toHaveText('Lead: Ana Lima');
  await app.screenshot('logs-lead-filter', { fullPage: false });

  // The chip survives leaving the page, and closing it shows every lead again.
  await app.go('Leads');
  await app.go('Logs');
  await expect(logs.rows).toHaveCount(1);
  await page.getByRole('button', { name: 'Show every lead' }).click();
  await expect(page.getByTestId('lead-filter')).toHaveCount(0);
  await expect(logs.rows).toHaveCount(2);
});
