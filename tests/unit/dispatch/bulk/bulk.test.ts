import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { startAcEmulator, type AcEmulator } from '../../../emulators/activecampaign';
import { tempDir } from '../../support/core-harness';
import { seedLead } from '../../support/dispatch-core';
import { FakeTime } from '../../support/fake-time';
import { batches, drive, openBulkCore, openCount, states, typicalConfig } from './support';

describe('bulk sending (ActiveCampaign import, fake time)', () => {
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

  it('sends a backlog as one import with the per-contact mapping, polls its status and settles every lead', async () => {
    const setup = openBulkCore(tmp.dir, ac, { time });
    core = setup.core;
    setup.queue(30);
    await drive(time, () => openCount(setup.core) === 0);

    expect(states(setup.core)).toEqual({ sent: 30 });
    expect(posts()).toHaveLength(1);
    // Nothing went one by one: no contact write, no tag attached by itself.
    expect(ac.log.count({ path: '/contact/sync' }) + ac.log.count({ method: 'POST', path: '/contacts' })).toBe(0);
    expect(ac.log.count({ path: '/contactTags' })).toBe(0);
    const body = posts()[0]!.body as { contacts: Array<Record<string, unknown>> };
    expect(body.contacts).toHaveLength(30);
    expect(body.contacts[1]).toEqual({
      email: 'lead1@empresa1.com.br',
      first_name: 'Lead',
      last_name: 'Number 1',
      phone: '+5511987654321',
      customer_acct_name: 'Empresa 1',
      tags: ['qualified-lead', 'zero-bad-leads', 'high-score'],
      fields: [
        { id: Number(ac.state.findFieldByTitle('Lead Score')!.id), value: '71' },
        { id: Number(ac.state.findFieldByTitle('CNPJ')!.id), value: '11.222.333/0001-81' },
      ],
      subscribe: [{ listid: ac.state.findListByName('Newsletter')!.id }],
      exclude_automations: false,
    });
    const contact = ac.state.contact('lead1@empresa1.com.br')!;
    expect(contact.tags).toEqual(['qualified-lead', 'zero-bad-leads', 'high-score']);
    expect(contact.lists.map((l) => l.status)).toEqual(['1']);
    expect(contact.fieldsByTitle).toEqual({ 'Lead Score': '71', CNPJ: '11.222.333/0001-81' });
    expect(contact.account?.name).toBe('Empresa 1');
    expect(ac.state.contacts.size).toBe(30);

    // Each lead's attempt says which import carried it, with the import's status, and shows its own entry.
    const [batch] = batches(setup.core);
    expect(batch).toMatchObject({ number: 1, state: 'done', contacts: 30, remote_status: 'completed', failed: 0 });
    // Each attempt keeps its own part of the request; the batch no longer holds the whole body.
    expect(batch!.calls).toBeNull();
    const id = setup.core.forTests.engine.list({ states: ['sent'], limit: 1 })[0]!.id;
    const { attempts } = setup.core.forTests.engine.get(id);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({
      outcome: 'sent',
      bulk: { number: 1, remoteId: batch!.remote_id, state: 'done', remoteStatus: 'completed', contacts: 30 },
    });
    expect(attempts[0]!.notes[0]).toMatch(
      /^Sent with import #1 \(batch [0-9a-f-]{36}\): 30 contacts, status "completed"\.$/,
    );
    const [post, poll] = attempts[0]!.calls;
    expect(post).toMatchObject({ method: 'POST', label: 'bulk import', status: 200 });
    const own = post!.requestBody as { contacts: Array<{ email: string }>; '…': string };
    expect(own.contacts.map((c) => c.email)).toHaveLength(1);
    expect(own['…']).toBe('29 other contacts in the same request');
    expect(post!.requestHeaders['Api-Token']).not.toBe(ac.apiToken);
    expect(poll).toMatchObject({ method: 'GET', label: 'bulk import status', status: 200 });
  });

  it('switches at the threshold: 9 leads go one by one, 10 go as an import; the figure is configurable', async () => {
    const setup = openBulkCore(tmp.dir, ac, { time });
    core = setup.core;
    setup.queue(9);
    await drive(time, () => openCount(setup.core) === 0);
    expect(posts()).toHaveLength(0);
    expect(ac.log.count({ method: 'POST', path: '/contacts' })).toBe(9);

    setup.queue(10, (i) => ({ email: `second${i}@acme.com.br` }));
    await drive(time, () => openCount(setup.core) === 0);
    expect(posts()).toHaveLength(1);
    expect((posts()[0]!.body as { contacts: unknown[] }).contacts).toHaveLength(10);
    expect(states(setup.core)).toEqual({ sent: 19 });
  });

  it('honours a configured threshold, and keeps a test lead on the per-contact path during a backlog', async () => {
    const setup = openBulkCore(tmp.dir, ac, { time, limits: { bulkMinBatch: 3 } });
    core = setup.core;
    setup.queue(4);
    const testLead = seedLead(setup.core, setup.client, { email: 'zbl-test-abcd@example.com', isTest: true });
    const test = setup.core.forTests.engine.enqueue(testLead, setup.integrationId, { isTest: true });
    await drive(time, () => openCount(setup.core) === 0);
    expect((posts()[0]!.body as { contacts: Array<{ email: string }> }).contacts.map((c) => c.email)).not.toContain(
      'zbl-test-abcd@example.com',
    );
    expect(ac.state.contact('zbl-test-abcd@example.com')?.tags).toContain('zbl-test-lead');
    expect(setup.core.forTests.engine.get(test.id).attempts[0]?.bulk ?? null).toBeNull();
    expect(states(setup.core)).toEqual({ sent: 5 });
  });

  it('an integration set to re-subscribe people who unsubscribed sends its backlog one by one, and says why', async () => {
    const setup = openBulkCore(tmp.dir, ac, { time, config: typicalConfig(ac, { resubscribeUnsubscribed: true }) });
    core = setup.core;
    setup.queue(12);
    expect(setup.core.forTests.engine.backlog(setup.client)[0]).toMatchObject({
      mode: 'per_contact',
      perContactReason: { code: 'setting', message: expect.stringContaining('re-subscribes') as unknown },
    });
    await drive(time, () => openCount(setup.core) === 0, { maxSteps: 2000 });
    expect(posts()).toHaveLength(0);
    expect(states(setup.core)).toEqual({ sent: 12 });
  });

  it('asks for the status until the import is done, backing off, and records what AC said meanwhile', async () => {
    ac.setImports({ processing: 'manual' });
    const setup = openBulkCore(tmp.dir, ac, { time });
    core = setup.core;
    setup.queue(12);
    await drive(time, () => batches(setup.core)[0]?.state === 'submitted');
    const submittedAt = time.now();
    await drive(time, () => (batches(setup.core)[0]?.polls ?? 0) >= 4);
    const polls = ac.log.entries({ path: '/import/info' });
    expect(polls.every((p) => p.status === 200)).toBe(true);
    expect(batches(setup.core)[0]).toMatchObject({ state: 'submitted', remote_status: 'queued' });
    // 1, 1, 2, 2 seconds apart: a long import is not asked about every second.
    expect(time.now() - submittedAt).toBeGreaterThanOrEqual(5_000);
    expect(states(setup.core)).toEqual({ sending: 12 });

    ac.account('main').imports.processAll();
    await drive(time, () => openCount(setup.core) === 0);
    expect(states(setup.core)).toEqual({ sent: 12 });
    expect(batches(setup.core)[0]).toMatchObject({ state: 'done', remote_status: 'completed' });
  });

  it('splits a backlog over 250 into imports of at most 250, and shows the drain as batch x of y', async () => {
    ac.setImports({ processing: 'manual' });
    const setup = openBulkCore(tmp.dir, ac, { time });
    core = setup.core;
    setup.queue(600, (i) => ({ email: `many${i}@acme.com.br` }));
    await drive(time, () => batches(setup.core).filter((b) => b.state === 'submitted').length === 3);
    expect(batches(setup.core).map((b) => b.contacts)).toEqual([250, 250, 100]);
    const [item] = setup.core.forTests.engine.backlog(setup.client);
    expect(item).toMatchObject({ mode: 'bulk', sending: 600, waiting: 0, batch: { current: 1, total: 3 } });

    ac.account('main').imports.processAll();
    await drive(time, () => openCount(setup.core) === 0);
    expect(states(setup.core)).toEqual({ sent: 600 });
    expect(ac.state.contacts.size).toBe(600);
  });
});
