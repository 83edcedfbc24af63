import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { startAcEmulator, type AcEmulator } from '../../../emulators/activecampaign';
import { tempDir } from '../../support/core-harness';
import { FakeTime } from '../../support/fake-time';
import { batches, drive, openBulkCore, openCount, states, type BulkSetup } from './support';

type Fetch = (u: string, i: RequestInit) => Promise<Response>;

const isImport = (url: string, init: RequestInit) => init.method === 'POST' && url.endsWith('/import/bulk_import');

/**
 * Stops the app at a moment of a bulk request, as a crash would leave the database: the core is
 * closed while the request hangs, so nothing after that moment is recorded. The next core on the
 * same folder must end with every lead sent exactly once, and no contact duplicated in the CRM.
 */
describe('bulk sending survives a stop at any moment', () => {
  let ac: AcEmulator;
  let tmp: ReturnType<typeof tempDir>;
  let time: FakeTime;
  let open: Core[] = [];
  const key = randomBytes(32);
  beforeAll(async () => {
    ac = await startAcEmulator({ ratePerSecond: 0, logLimit: 100_000 });
  });
  afterAll(() => ac.close());
  beforeEach(() => {
    ac.reset();
    tmp = tempDir();
    time = new FakeTime();
  });
  afterEach(() => {
    for (const c of open) c.close();
    open = [];
    tmp.cleanup();
  });

  const posts = () => ac.log.entries({ method: 'POST', path: '/import/bulk_import' });
  const never = () => new Promise<Response>(() => undefined);

  function start(fetchFn?: Fetch, existing?: BulkSetup): BulkSetup {
    const setup = openBulkCore(tmp.dir, ac, {
      time,
      key,
      fetch: fetchFn,
      existing: existing && {
        client: existing.client,
        integrationId: existing.integrationId,
        credentialId: existing.credentialId,
      },
    });
    open.push(setup.core);
    return setup;
  }

  function crash(setup: BulkSetup): void {
    setup.core.close();
    open = open.filter((c) => c !== setup.core);
  }

  async function resume(first: BulkSetup): Promise<BulkSetup> {
    const next = start(undefined, first);
    await drive(time, () => openCount(next.core) === 0);
    return next;
  }

  function exactlyOnce(setup: BulkSetup, n: number): void {
    expect(states(setup.core)).toEqual({ sent: n });
    const attempts = setup.core.forTests.sqlite
      .prepare<[], { n: number }>("SELECT count(*) AS n FROM dispatch_attempts WHERE outcome = 'sent'")
      .get()!.n;
    expect(attempts).toBe(n);
    expect(ac.state.contacts.size).toBe(n);
    expect(ac.state.snapshot().contacts.every((c) => c.tags.length === 3 && c.lists.length === 1)).toBe(true);
  }

  it('recorded, then stopped before the request left: sent once after the restart', async () => {
    const first = start((url, init) => (isImport(url, init) ? never() : fetch(url, init)));
    first.queue(20);
    await drive(time, () => batches(first.core)[0]?.state === 'recorded' && first.core.forTests.engine.inFlight() > 0);
    crash(first);
    expect(posts()).toHaveLength(0);

    const next = await resume(first);
    expect(posts()).toHaveLength(1);
    exactlyOnce(next, 20);
    const { attempts } = next.core.forTests.engine.get(
      next.core.forTests.engine.list({ states: ['sent'], limit: 1 })[0]!.id,
    );
    expect(attempts[0]?.notes.join(' ')).toContain('The app stopped before the CRM confirmed this request');
  });

  it('stopped after ActiveCampaign queued the import but before its id was stored: sent again, no one twice', async () => {
    let reached = false;
    const first = start(async (url, init) => {
      if (!isImport(url, init)) return fetch(url, init);
      await fetch(url, init);
      reached = true;
      return never();
    });
    first.queue(20);
    await drive(time, () => reached);
    expect(batches(first.core)[0]).toMatchObject({ state: 'recorded', remote_id: null });
    crash(first);
    expect(posts()).toHaveLength(1);

    const next = await resume(first);
    // AC got the import twice; it updates contacts by e-mail, so each is there once.
    expect(posts()).toHaveLength(2);
    exactlyOnce(next, 20);
  });

  it('stopped while AC processed a recorded import: the status is asked for, the import is not sent again', async () => {
    ac.setImports({ processing: 'manual' });
    const first = start();
    first.queue(20);
    await drive(time, () => batches(first.core)[0]?.state === 'submitted');
    crash(first);
    ac.account('main').imports.processAll();

    const next = await resume(first);
    expect(posts()).toHaveLength(1);
    exactlyOnce(next, 20);
    expect(batches(next.core)[0]).toMatchObject({ state: 'done', interruptions: 1 });
  });

  it('stopped during the per-contact step left after an import: resumed with only that step', async () => {
    let block = false;
    const first = start(async (url, init) => {
      if (block && url.includes('/accountContacts')) return never();
      return fetch(url, init);
    });
    first.queue(10, (i) => (i === 0 ? { jobTitle: 'CFO' } : {}));
    block = true;
    await drive(
      time,
      () => batches(first.core)[0]?.state === 'following' && ac.log.count({ path: '/contact/sync' }) > 0,
    );
    crash(first);

    const next = await resume(first);
    expect(posts()).toHaveLength(1);
    exactlyOnce(next, 10);
    expect(ac.state.contact('lead0@empresa0.com.br')?.account?.jobTitle).toBe('CFO');
    expect(
      next.core.forTests.sqlite
        .prepare("SELECT count(*) AS n FROM dispatch_attempts WHERE outcome = 'interrupted'")
        .get(),
    ).toEqual({
      n: 1,
    });
  });
});
