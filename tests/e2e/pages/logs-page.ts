import { expect, type Locator, type Page } from '@playwright/test';
import WebSocket from 'ws';
import type { Channel, EventName, EventPayload, InputOf, OutputOf, Result } from '#contract';

/**
 * The contract over the host's WebSocket bridge, from Node: how the Logs tests produce dispatches
 * without driving the whole Send Leads wizard. It is the same door the page uses (token + Origin).
 */
export class BridgeClient {
  private nextId = 1;
  private pending = new Map<number, (result: Result<unknown>) => void>();
  /** The events the core pushed since this client connected, in order. */
  private readonly heard: Array<{ event: string; payload: unknown }> = [];

  private constructor(private readonly socket: WebSocket) {
    // Text frames: the bridge only ever sends JSON strings.
    socket.on('message', (data: WebSocket.RawData, isBinary: boolean) => {
      if (isBinary) return;
      const text = Array.isArray(data)
        ? Buffer.concat(data).toString('utf8')
        : Buffer.isBuffer(data)
          ? data.toString('utf8')
          : Buffer.from(new Uint8Array(data)).toString('utf8');
      const frame = JSON.parse(text) as {
        type: string;
        id?: number;
        result?: Result<unknown>;
        event?: string;
        payload?: unknown;
      };
      if (frame.type === 'event' && frame.event !== undefined)
        this.heard.push({ event: frame.event, payload: frame.payload });
      if (frame.type !== 'result' || frame.id === undefined || frame.result === undefined) return;
      this.pending.get(frame.id)?.(frame.result);
      this.pending.delete(frame.id);
    });
  }

  static async connect(hostUrl: string): Promise<BridgeClient> {
    const url = new URL(hostUrl);
    const token = new URLSearchParams(url.hash.slice(1)).get('token');
    if (!token) throw new Error(`No token in ${hostUrl}`);
    const socket = new WebSocket(`ws://${url.host}/bridge?token=${encodeURIComponent(token)}`, {
      headers: { Origin: url.origin },
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new BridgeClient(socket);
  }

  async call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
    const id = this.nextId++;
    const result = await new Promise<Result<unknown>>((resolve) => {
      this.pending.set(id, resolve);
      this.socket.send(JSON.stringify({ type: 'call', id, channel, input }));
    });
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value as OutputOf<C>;
  }

  /** The payloads of one event the core pushed since this client connected. */
  events<E extends EventName>(event: E): EventPayload<E>[] {
    return this.heard.filter((e) => e.event === event).map((e) => e.payload as EventPayload<E>);
  }

  /** Polls until the dispatch leaves pending/sending (the engine runs in the host's own time). */
  async settled(id: string): Promise<OutputOf<'dispatch:get'>['dispatch']> {
    let state = '';
    await expect
      .poll(
        async () => {
          state = (await this.call('dispatch:get', { id })).dispatch.state;
          return state;
        },
        { timeout: 15_000 },
      )
      .not.toMatch(/^(pending|sending)$/);
    return (await this.call('dispatch:get', { id })).dispatch;
  }

  close(): void {
    this.socket.close();
  }
}

/** The Logs page and its detail drawer, as a user reads them. */
export class LogsPageModel {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Logs', level: 1 });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Dispatches' });
  }

  get rows(): Locator {
    return this.page.getByTestId('log-row');
  }

  get drawer(): Locator {
    return this.page.getByRole('dialog', { name: 'Dispatch details' });
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  tab(name: 'Attempts' | 'Client health'): Locator {
    return this.page.getByRole('tab', { name });
  }

  async openTab(name: 'Attempts' | 'Client health'): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  healthClient(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  get attention(): Locator {
    return this.page.getByRole('region', { name: 'Needs attention' }).getByTestId('attention-item');
  }

  get exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export CSV' });
  }

  get exportProgress(): Locator {
    return this.page.getByTestId('export-progress');
  }

  get exportOutcome(): Locator {
    return this.page.getByTestId('export-outcome');
  }

  /** Toggles the states in the multi-select (a chosen one is unchosen). */
  async filterStates(states: string[]): Promise<void> {
    const input = this.page.getByRole('search').getByLabel('State', { exact: true });
    // Chosen pills cover the input; the click belongs to the field as a whole.
    await input.click({ force: true });
    for (const state of states) await this.page.getByRole('option', { name: state, exact: true }).click();
    await this.page.keyboard.press('Escape');
  }

  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Clear filters' }).click();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('search').getByLabel('Search').fill(text);
  }

  async open(row: Locator): Promise<void> {
    await row.click();
    await expect(this.drawer).toBeVisible();
  }

  async closeDrawer(): Promise<void> {
    await this.drawer.getByRole('button', { name: 'Close' }).first().click();
    await expect(this.drawer).toBeHidden();
  }
}

/** Dispatches made as the app makes them: real integrations against the AC emulator, faults on demand. */
export class DispatchMaker {
  constructor(
    private readonly bridge: BridgeClient,
    private readonly emulator: { url: string; apiKey: string },
  ) {}

  async connect(clientId: string, name: string): Promise<string> {
    const integration = await this.bridge.call('activecampaign:save', {
      clientId,
      apiKey: this.emulator.apiKey,
      config: { apiUrl: this.emulator.url, name },
    });
    await this.bridge.call('integrations:activate', { id: integration.id });
    return integration.id;
  }

  async fault(rule: Record<string, unknown>): Promise<void> {
    const res = await fetch(new URL('/__emulator/faults', this.emulator.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(rule),
    });
    expect(res.ok).toBe(true);
  }

  /** Sends the synthetic test lead and waits until its dispatch settles (sent, retrying, error, held). */
  async sendTest(integrationId: string): Promise<OutputOf<'dispatch:get'>['dispatch']> {
    const { dispatchId } = await this.bridge.call('integrations:sendTestLead', { id: integrationId });
    return this.bridge.settled(dispatchId);
  }

  /** The AC refuses the contact once: a permanent error at the first attempt. */
  async failOnce(integrationId: string): Promise<OutputOf<'dispatch:get'>['dispatch']> {
    await this.fault({ kind: 'status', status: 422, method: 'POST', path: '/contacts', times: 1 });
    return this.sendTest(integrationId);
  }

  /** A 500 once: the dispatch waits a minute for its second attempt. */
  async retryOnce(integrationId: string): Promise<OutputOf<'dispatch:get'>['dispatch']> {
    await this.fault({ kind: 'status', status: 500, method: 'POST', path: '/contacts', times: 1 });
    return this.sendTest(integrationId);
  }
}
