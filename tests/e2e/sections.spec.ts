import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { BridgeClient, DispatchMaker } from './pages/logs-page';

test('each section not built yet explains what it will hold, and a reload keeps the section', async ({
  app,
  host,
  page,
}) => {
  await app.open(host.url);
  await page.getByTestId('first-run').getByLabel('Client name').fill('Acme Dental');
  await page.getByTestId('first-run').getByRole('button', { name: 'Create first client' }).click();

  const sections = [
    { nav: 'Leads', shot: 'leads', heading: 'Your leads will appear here', mentions: 'quality score' },
  ] as const;
  for (const section of sections) {
    await app.go(section.nav);
    await expect(page.getByRole('heading', { name: section.nav, level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: section.heading, level: 2 })).toBeVisible();
    await expect(app.main).toContainText(section.mentions);
    await expect(app.main).toContainText('For Acme Dental');
    await app.screenshot(section.shot);
  }

  // Send Leads is built (send-leads-*.spec.ts); here it only has to be reachable like the others.
  await app.go('Send Leads');
  await expect(page.getByRole('heading', { name: 'Send Leads', level: 1 })).toBeVisible();
  await expect(app.main).toContainText('Acme Dental');

  await app.go('Logs');
  await page.reload();
  // Logs is built (logs.spec.ts); the reload only has to land on it again.
  await expect(page.getByRole('heading', { name: 'Logs', level: 1 })).toBeVisible();
  await expect(app.nav.getByRole('button', { name: 'Logs' })).toHaveAttribute('aria-current', 'page');

  // Keyboard: sections are reachable and operable without a mouse.
  await app.nav.getByRole('button', { name: 'Logs' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Send Leads', level: 1 })).toBeVisible();
});

/** How far the document itself scrolls, and where the sidebar ends, as the window shows them. */
async function windowFit(page: Page): Promise<{ documentOverflow: number; navbarBottom: number; height: number }> {
  const documentOverflow = await page.evaluate<number>(
    'document.scrollingElement.scrollHeight - document.scrollingElement.clientHeight',
  );
  const box = await page.getByRole('navigation').boundingBox();
  return {
    documentOverflow,
    navbarBottom: Math.round((box?.y ?? 0) + (box?.height ?? 0)),
    height: page.viewportSize()?.height ?? 0,
  };
}

/** Whether the main area scrolls (it may, on long pages; a table page fits and scrolls its table). */
const mainOverflow = (page: Page): Promise<number> =>
  page.evaluate<number>(
    '(() => { const m = document.querySelector("main"); return m.scrollHeight - m.clientHeight; })()',
  );

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1400, height: 900 },
]) {
  test(`at ${viewport.width}×${viewport.height} the window never scrolls as a whole and the sidebar reaches the bottom`, async ({
    app,
    host,
    page,
    acEmulator,
  }) => {
    await page.setViewportSize(viewport);
    const size = `${viewport.width}x${viewport.height}`;
    await app.open(host.url);
    await app.createFirstClient('Acme Dental');

    // Enough leads and dispatches to fill both tables: the integration is paused, so the
    // dispatches wait as held instead of being sent.
    const bridge = await BridgeClient.connect(host.url);
    try {
      const client = await bridge.call('clients:getCurrent', {});
      if (!client) throw new Error('no current client');
      const make = new DispatchMaker(bridge, acEmulator);
      const integration = await make.connect(client.id, 'ActiveCampaign — Marketing team');
      await bridge.call('dispatch:pauseIntegration', { integrationId: integration });
      for (let i = 1; i <= 30; i++) {
        const created = await bridge.call('leads:create', {
          clientId: client.id,
          lead: {
            fullName: `Lead ${i}`,
            email: `lead${i}@clinicasorriso.com.br`,
            phone: '(11) 98765-4321',
            company: 'Clínica Sorriso',
            cnpj: '11.222.333/0001-81',
            jobTitle: 'Sócia',
          },
        });
        expect(created.dispatches).toBe(1);
      }
    } finally {
      bridge.close();
    }

    const tablePages = [
      { section: 'Leads', rows: 'lead-row', shot: 'leads' },
      { section: 'Logs', rows: 'log-row', shot: 'logs' },
    ] as const;
    for (const { section, rows, shot } of tablePages) {
      await app.go(section);
      await expect(page.getByTestId(rows).first()).toBeVisible();
      const fit = await windowFit(page);
      expect(fit.documentOverflow, `${section}: the document scrolls`).toBeLessThanOrEqual(0);
      expect(fit.navbarBottom, `${section}: the sidebar stops short`).toBe(fit.height);
      // The table takes the rest of the window and scrolls by itself; the page around it does not.
      expect(await mainOverflow(page), `${section}: the page scrolls around its table`).toBeLessThanOrEqual(0);
      if (section === 'Logs') {
        // The integration's name is read whole, on two lines if it needs them.
        const name = page.getByTestId('log-integration').first();
        await expect(name).toHaveText('ActiveCampaign — Marketing team');
        const fits = await name.evaluate((el: { scrollHeight: number; clientHeight: number }) => {
          return el.scrollHeight <= el.clientHeight;
        });
        expect(fits).toBe(true);
      }
      await app.screenshot(`layout-${shot}-${size}`);

      // Its drawer covers the right of the window, the page behind it keeps still.
      await page.getByTestId(rows).first().click();
      const drawer = page.getByRole('dialog', { name: section === 'Leads' ? 'Lead details' : 'Dispatch details' });
      await expect(drawer).toBeVisible();
      expect((await windowFit(page)).documentOverflow).toBeLessThanOrEqual(0);
      await app.screenshot(`layout-${shot}-drawer-${size}`);
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();
    }

    await app.go('Leads');
    await page.getByRole('button', { name: 'Add lead' }).first().click();
    await expect(page.getByRole('dialog', { name: 'Add a lead' })).toBeVisible();
    await app.screenshot(`layout-add-lead-${size}`);
    await page.keyboard.press('Escape');

    for (const section of ['Send Leads', 'Clients', 'Settings'] as const) {
      await app.go(section);
      await expect(page.getByRole('heading', { name: section, level: 1 })).toBeVisible();
      const fit = await windowFit(page);
      expect(fit.documentOverflow, `${section}: the document scrolls`).toBeLessThanOrEqual(0);
      expect(fit.navbarBottom, `${section}: the sidebar stops short`).toBe(fit.height);
      await app.screenshot(`layout-${section.toLowerCase().replace(' ', '-')}-${size}`);
    }
  });
}
