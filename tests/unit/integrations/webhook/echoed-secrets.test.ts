import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { createWebhookConnector } from '../../../../electron/core/integrations/webhook/connector';
import { startWebhookReceiver, type WebhookReceiver } from '../../../emulators/webhook';
import { tempDir } from '../../support/core-harness';
import { openDispatchCore, seedClient, seedLead } from '../../support/dispatch-core';
import { FakeTime } from '../../support/fake-time';
import { echoBody, secretsShown } from '../support/leaks';
import { activateDirectly, revealSecret, saveWebhook } from './support';

/** A receiver that answers with the signing secret and secret header values must not leak them. */
describe('webhook secrets echoed in an answer', () => {
  let rx: WebhookReceiver;
  let tmp: ReturnType<typeof tempDir>;
  let time: FakeTime;
  let core: Core;

  beforeAll(async () => {
    rx = await startWebhookReceiver({ clock: () => time.now() });
  });
  afterAll(() => rx.close());
  beforeEach(() => {
    rx.reset();
    tmp = tempDir();
    time = new FakeTime();
    core = openDispatchCore(tmp.dir, {
      clock: time,
      timers: time,
      connectors: [createWebhookConnector({ clock: time })],
    });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  it('masks the signing secret and every secret header value', async () => {
    const client = seedClient(core, 'Acme Ltda');
    const headerSecret = 'hdr-s3cr3t-value-91';
    const saved = await saveWebhook(core, client, rx.url, {
      headers: [{ name: 'X-Partner-Key', value: headerSecret, secret: true }],
    });
    activateDirectly(core, saved.id);
    const signing = await revealSecret(core, saved.id);
    rx.setSecrets([signing]);
    rx.script.add({ kind: 'status', status: 500, body: echoBody([signing, headerSecret]) });
    const [d] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await rx.waitForDeliveries(1);
    await time.flush();
    const { dispatch, attempts } = core.forTests.engine.get(d!.id);
    expect(dispatch.state).toBe('retrying');
    expect(attempts[0]!.responseExcerpt).toContain('[redacted]');
    expect(await secretsShown(core, tmp.dir, [signing, headerSecret])).toEqual([]);
  });
});
