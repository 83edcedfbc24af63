import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { startAcEmulator, type AcEmulator } from '../../../emulators/activecampaign';
import { tempDir } from '../../support/core-harness';
import { FakeTime } from '../../support/fake-time';
import { batches, drive, openBulkCore, openCount, states, typicalConfig } from './support';

const MIN = 60_000;

describe('bulk sending: what the import refuses or fails (fake time)', () => {
  let ac: AcEmulator;
  let tmp: ReturnType<typeof tempDir>;
  let time: FakeTime;
  let core: Core | null = null;
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
    core?.close();
    core = null;
    tmp.cleanup();
  });

  const posts = () => ac.log.entries({ method: 'POST', path: '/import/bulk_import' });
  const emailsOf = (i: number) =>
    (posts()[i]!.body as { contacts: Array<{ email: string }> }).contacts.map((c) => c.email);
  const byEmail = (core: Core, email: string) =>
    core.forTests.sqlite
      .prepare<[string], { id: string }>(
        'SELECT d.id FROM dispatches d JOIN leads l ON l.id = d.lead_id WHERE l.email = ? ORDER BY d.rowid DESC',
      )
      .get(email)!.id;

  it('a 400 naming contacts fails those leads with its reason and sends the rest again without them', async () => {
    const setup = openBulkCore(tmp.dir, ac, { time });
    core = setup.core;
    setup.queue(12, (i) => (i === 4 ? { email: 'no address here' } : {}));
    await drive(time, () => openCount(setup.core) === 0);

    expect(posts().map((p) => p.status)).toEqual([400, 200]);
    expect(emailsOf(1)).toHaveLength(11);
    expect(emailsOf(1)).not.toContain('no address here');
    expect(states(setup.core)).toEqual({ sent: 11, error: 1 });
    expect(batches(setup.core).map((b) => [b.number, b.state, b.contacts])).toEqual([
      [1, 'refused', 12],
      [2, 'done', 11],
    ]);
    const bad = setup.core.forTests.engine.get(byEmail(setup.core, 'no address here'));
    expect(bad.dispatch).toMatchObject({ state: 'error', attemptCount: 1 });
    expect(bad.attempts[0]?.message).toBe(
      "ActiveCampaign refused this lead in import #1: Field 'email' incorrect format. The other leads of the request were sent again without it.",
    );
    expect(bad.attempts[0]?.bulk).toMatchObject({ number: 1, state: 'refused' });
    const good = setup.core.forTests.engine.get(byEmail(setup.core, 'lead0@empresa0.com.br'));
    expect(good.attempts).toHaveLength(1);
    expect(good.attempts[0]?.bulk?.number).toBe(2);
    expect(good.attempts[0]?.notes.join(' ')).toContain('import #1 was refused because of 1 other lead(s)');
  });

  it('a contact AC lists as failed by e-mail gets its own attempt on the schedule, which then says why', async () => {
    const setup = openBulkCore(tmp.dir, ac, { time });
    core = setup.core;
    setup.queue(12, (i) => (i === 3 ? { email: 'someone@invalidDomain' } : {}));
    await drive(time, () => states(setup.core).sent === 11);
    const id = byEmail(setup.core, 'someone@invalidDomain');
    const first = setup.core.forTests.engine.get(id);
    expect(first.dispatch).toMatchObject({ state: 'retrying', attemptCount: 1 });
    const ended = first.attempts[0]!.startedAt + first.attempts[0]!.durationMs!;
    expect(first.dispatch.nextAttemptAt).toBe(ended + MIN);
    expect(first.attempts[0]).toMatchObject({ outcome: 'failed', errorClass: 'transient' });
    expect(first.attempts[0]?.message).toMatch(
      /^ActiveCampaign reported this lead as failed in import #1 \(batch [0-9a-f-]{36}\), without saying why/,
    );
    expect(batches(setup.core)[0]).toMatchObject({ state: 'done', failed: 1 });

    // A minute later (the guide's schedule) it goes on its own, and ActiveCampaign's answer says why.
    await time.advance(MIN);
    await drive(time, () => setup.core.forTests.engine.get(id).dispatch.state === 'error');
    const after = setup.core.forTests.engine.get(id);
    expect(posts()).toHaveLength(1);
    expect(after.attempts[1]?.bulk ?? null).toBeNull();
    expect(after.attempts[1]?.message).toContain('Contact Email Address is not valid');
  });

  it('429 on the import: the leads wait as Retry-After says without spending an attempt, then go in bulk', async () => {
    const setup = openBulkCore(tmp.dir, ac, { time });
    core = setup.core;
    ac.faults.status(429, { method: 'POST', path: '/import/bulk_import', retryAfter: 7 });
    setup.queue(10);
    await drive(time, () => posts().length === 1 && states(setup.core).retrying === 10);
    const id = byEmail(setup.core, 'lead0@empresa0.com.br');
    const limited = setup.core.forTests.engine.get(id);
    expect(limited.dispatch).toMatchObject({ attemptCount: 0 });
    expect(limited.attempts[0]).toMatchObject({ outcome: 'rate_limited', statusCode: 429 });
    const at = limited.attempts[0]!.startedAt + limited.attempts[0]!.durationMs!;
    expect(limited.dispatch.nextAttemptAt).toBe(at + 7_000);
    await drive(time, () => openCount(setup.core) === 0);
    expect(posts().map((p) => p.status)).toEqual([429, 200]);
    expect(time.now()).toBeGreaterThanOrEqual(at + 7_000);
    expect(states(setup.core)).toEqual({ sent: 10 });
    expect(setup.core.forTests.engine.get(id).dispatch.attemptCount).toBe(1);
  });

  it('a 5xx on the import spends an attempt and sends the batch again a minute later; no contact twice', async () => {
    const setup = openBulkCore(tmp.dir, ac, { time });
    core = setup.core;
    ac.faults.status(502, { method: 'POST', path: '/import/bulk_import' });
    setup.queue(10);
    await drive(time, () => states(setup.core).retrying === 10);
    const id = byEmail(setup.core, 'lead0@empresa0.com.br');
    const failed = setup.core.forTests.engine.get(id);
    expect(failed.dispatch.attemptCount).toBe(1);
    expect(failed.attempts[0]?.message).toContain('may or may not have queued it');
    await time.advance(MIN);
    await drive(time, () => openCount(setup.core) === 0);
    expect(posts().map((p) => p.status)).toEqual([502, 200]);
    expect(states(setup.core)).toEqual({ sent: 10 });
    expect(ac.state.contacts.size).toBe(10);
  });

  it('"Rate limit exceeded." (100 imports a minute) waits for the minute to turn', async () => {
    ac.setImports({ perMinute: 1 });
    const setup = openBulkCore(tmp.dir, ac, { time });
    core = setup.core;
    ac.state.seed({});
    // Another tool of the agency used the account's import quota a moment ago.
    await fetch(`${ac.apiUrl}/import/bulk_import`, {
      method: 'POST',
      headers: { 'Api-Token': ac.apiToken, 'Content-Type': 'application/json' },
      body: JSON.stringify({ contacts: [{ email: 'other@tool.com' }] }),
    });
    setup.queue(10);
    await drive(time, () => states(setup.core).retrying === 10);
    const id = byEmail(setup.core, 'lead0@empresa0.com.br');
    const wait = setup.core.forTests.engine.get(id).dispatch.nextAttemptAt! - time.now();
    expect(wait).toBeGreaterThan(50_000);
    expect(setup.core.forTests.engine.get(id).attempts[0]?.message).toContain('up to 100 imports a minute');
    ac.setImports({ perMinute: 100 });
    await time.advance(MIN);
    await drive(time, () => openCount(setup.core) === 0);
    expect(states(setup.core)).toEqual({ sent: 10 });
  });

  it('a mapped custom field that no longer exists sends the backlog one by one, each saying so', async () => {
    const setup = openBulkCore(tmp.dir, ac, {
      time,
      config: typicalConfig(ac, {
        mapping: { fields: [{ source: 'score', field: { id: '99', title: 'Gone Field' } }] },
      }),
    });
    core = setup.core;
    setup.queue(10);
    await drive(time, () => setup.core.forTests.engine.backlog(setup.client)[0]?.perContactReason != null);
    expect(setup.core.forTests.engine.backlog(setup.client)[0]).toMatchObject({ mode: 'per_contact' });
    expect(setup.core.forTests.engine.backlog(setup.client)[0]?.perContactReason).toMatchObject({
      code: 'check',
      message: expect.stringContaining('"Gone Field" no longer exists') as unknown,
    });
    await drive(time, () => openCount(setup.core) === 0, { maxSteps: 2000 });
    expect(posts()).toHaveLength(0);
    expect(setup.core.forTests.engine.get(byEmail(setup.core, 'lead0@empresa0.com.br')).dispatch.lastError).toContain(
      '"Gone Field" no longer exists',
    );
  });

  it('a lead with a job title is linked to its account, title included, right after the import', async () => {
    const setup = openBulkCore(tmp.dir, ac, { time });
    core = setup.core;
    setup.queue(10, (i) => (i === 2 ? { jobTitle: 'Head of Sales' } : {}));
    await drive(time, () => openCount(setup.core) === 0);
    expect(states(setup.core)).toEqual({ sent: 10 });
    const entry = (posts()[0]!.body as { contacts: Array<Record<string, unknown>> }).contacts[2]!;
    expect(entry.customer_acct_name).toBeUndefined();
    expect(ac.state.contact('lead2@empresa2.com.br')?.account).toMatchObject({
      name: 'Empresa 2',
      jobTitle: 'Head of Sales',
    });
    const { attempts, dispatch } = setup.core.forTests.engine.get(byEmail(setup.core, 'lead2@empresa2.com.br'));
    expect(attempts).toHaveLength(1);
    expect(dispatch.remoteId).toBe(ac.state.findContactByEmail('lead2@empresa2.com.br')!.id);
    expect(attempts[0]?.calls.map((c) => c.label)).toEqual([
      'bulk import',
      'bulk import status',
      'sync contact',
      'find account',
      'link contact to account "Empresa 2"',
    ]);
  });
});
