import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { alwaysOnline } from '../../../../electron/core/http/network';
import { connectorModules } from '../../../../electron/core/integrations/registry';
import { detailView } from '../../../../electron/core/integrations/views';
import { call, openTestCore, tempDir } from '../../support/core-harness';
import { seedClient, seedIntegration } from '../../support/dispatch-core';
import { FakeTime } from '../../support/fake-time';
import { FAKE_TYPE, fakeModule, verified } from './module';

/**
 * Adding a connector takes its own module and a line in the registry: here a fifth one is registered
 * from the test tree alone, and a lead goes through the real engine, outbox and HTTP client to it.
 */
describe('a connector registered from outside the built-in list', () => {
  let server: Server;
  let url: string;
  const received: unknown[] = [];
  let fail = 0;
  let tmp: ReturnType<typeof tempDir>;
  let time: FakeTime;
  let core: Core;
  let client: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push(JSON.parse(body));
        if (fail > 0) {
          fail -= 1;
          res.writeHead(503).end();
          return;
        }
        res
          .writeHead(201, { 'content-type': 'application/json' })
          .end(JSON.stringify({ id: `rec-${received.length}` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/leads`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    received.length = 0;
    verified.length = 0;
    fail = 0;
    tmp = tempDir();
    time = new FakeTime();
    core = openTestCore(tmp.dir, time, undefined, {
      timers: time,
      connectors: [fakeModule],
      dispatch: { network: alwaysOnline },
    });
    client = seedClient(core, 'Acme Ltda');
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  async function until(check: () => boolean): Promise<void> {
    for (let i = 0; i < 200 && !check(); i++) {
      await time.flush();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(check()).toBe(true);
  }

  it('takes a qualified lead through the engine, with a retry on the schedule, and records every attempt', async () => {
    const integration = seedIntegration(core, client, { type: FAKE_TYPE, status: 'active', config: { url } });
    fail = 1;
    const { lead, dispatches } = await call<{ lead: { id: string; score: number }; dispatches: number }>(
      core,
      'leads:create',
      {
        clientId: client,
        lead: { fullName: 'Maria da Silva', email: 'maria@acme.com.br', phone: '(11) 98765-4321', company: 'Acme' },
      },
    );
    expect(dispatches).toBe(1);
    await until(() => received.length === 1);
    const [open] = core.forTests.engine.openOfLeads([lead.id]);
    expect(open).toBeDefined();
    await until(() => core.forTests.engine.get(open!.id).dispatch.state === 'retrying');

    await time.advance(60_000);
    await until(() => core.forTests.engine.get(open!.id).dispatch.state === 'sent');
    const { dispatch, attempts } = core.forTests.engine.get(open!.id);
    expect(dispatch).toMatchObject({ integrationId: integration, state: 'sent', attemptCount: 2, remoteId: 'rec-2' });
    expect(attempts.map((a) => [a.outcome, a.statusCode])).toEqual([
      ['failed', 503],
      ['sent', 201],
    ]);
    expect(received).toEqual([
      { email: 'maria@acme.com.br', score: lead.score },
      { email: 'maria@acme.com.br', score: lead.score },
    ]);
  });

  it("asks the connector's own verification before activating", async () => {
    const draft = seedIntegration(core, client, { type: FAKE_TYPE, status: 'draft', config: {} });
    const result = await core.dispatch('integrations:activate', { id: draft });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'The fake CRM needs a URL.' } });
    expect(verified).toEqual([draft]);
  });

  it('refuses to open a type no module registers, and a second module of a registered type', () => {
    const view = detailView(connectorModules([fakeModule]), core.forTests.vault);
    expect(() => view({ id: 'i1', clientId: client, type: 'unknown', config: { url } } as never)).toThrow(
      /cannot be opened/,
    );
    expect(() => connectorModules([fakeModule, fakeModule])).toThrow(`Two connectors are registered for ${FAKE_TYPE}.`);
  });
});
