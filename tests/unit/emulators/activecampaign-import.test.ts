import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startAcEmulator, type AcEmulator } from '../../emulators/activecampaign';
import { acCall, controlCall } from '../../emulators/activecampaign/test-client';

interface Queued {
  success: number;
  queued_contacts: number;
  batchId: string;
  message: string;
}
interface Refused {
  success: number;
  message: string;
  failureReasons: Array<{ contact: number; failureReason: string } | string>;
}
interface Info {
  status: string;
  success: string[];
  failure: string[];
}

let emu: AcEmulator;

beforeAll(async () => {
  emu = await startAcEmulator({ ratePerSecond: 0, imports: { processing: 'manual' } });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(() => {
  emu.reset();
});

function people(n: number, from = 0): Array<Record<string, unknown>> {
  return Array.from({ length: n }, (_, i) => ({ email: `person${from + i}@acme.com.br`, first_name: `P${i}` }));
}

const importContacts = (contacts: unknown[]) => acCall<Queued>(emu, 'POST', '/import/bulk_import', { contacts });
const info = (batchId: string) => acCall<Info>(emu, 'GET', `/import/info?batchId=${encodeURIComponent(batchId)}`);

describe('bulk import', () => {
  it('queues the import (200 with a batch id), and writes nothing until it is processed', async () => {
    const res = await importContacts(people(12));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: 1, queued_contacts: 12, message: 'Contact import queued' });
    expect(res.body.batchId).toMatch(/^[0-9a-f-]{36}$/);
    expect(emu.state.contacts.size).toBe(0);
    const before = await info(res.body.batchId);
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ status: 'queued', success: [], failure: [] });

    expect(emu.account('main').imports.processAll()).toBe(1);
    const after = await info(res.body.batchId);
    expect(after.body.status).toBe('completed');
    expect(after.body.success).toHaveLength(12);
    expect(after.body.failure).toEqual([]);
    expect(emu.state.contacts.size).toBe(12);
  });

  it('writes names, phone, tags by name (creating missing ones), fields by id, lists and the account by name', async () => {
    const score = emu.state.findFieldByTitle('Lead Score')!;
    const list = emu.state.findListByName('Newsletter')!;
    emu.state.seed({ tags: ['existing-tag'] });
    const res = await importContacts([
      {
        email: 'Maria@Acme.com.br',
        first_name: 'Maria',
        last_name: 'Souza',
        phone: '+5511912345678',
        customer_acct_name: 'Acme Ltda',
        tags: ['existing-tag', 'high-score'],
        fields: [{ id: Number(score.id), value: '82' }],
        subscribe: [{ listid: list.id }],
        exclude_automations: false,
      },
    ]);
    expect(res.status).toBe(200);
    emu.account('main').imports.processAll();
    const contact = emu.state.contact('maria@acme.com.br')!;
    expect(contact).toMatchObject({ firstName: 'Maria', lastName: 'Souza', phone: '+5511912345678' });
    expect(contact.tags.sort()).toEqual(['existing-tag', 'high-score']);
    expect(contact.fieldsByTitle).toEqual({ 'Lead Score': '82' });
    expect(contact.lists).toEqual([{ id: list.id, name: 'Newsletter', status: '1' }]);
    expect(contact.account).toEqual({
      id: emu.state.findAccountByName('Acme Ltda')!.id,
      name: 'Acme Ltda',
      jobTitle: null,
    });
    expect([...emu.state.tags.values()].filter((t) => t.tag === 'existing-tag')).toHaveLength(1);
  });

  it('updates existing contacts by e-mail: importing the same people twice duplicates no one', async () => {
    for (let i = 0; i < 2; i++) {
      expect((await importContacts(people(20).map((p) => ({ ...p, tags: ['t'] })))).status).toBe(200);
    }
    emu.account('main').imports.processAll();
    expect(emu.state.contacts.size).toBe(20);
    expect(emu.state.contactTags.size).toBe(20);
  });

  it('does not subscribe a contact to a list they unsubscribed from', async () => {
    const list = emu.state.findListByName('Newsletter')!;
    emu.state.seed({ contacts: [{ email: 'gone@acme.com.br', lists: ['Newsletter'] }] });
    const gone = emu.state.findContactByEmail('gone@acme.com.br')!;
    emu.state.subscribe(gone.id, list.id, '2');
    await importContacts([{ email: 'gone@acme.com.br', subscribe: [{ listid: list.id }] }]);
    emu.account('main').imports.processAll();
    expect(emu.state.contact('gone@acme.com.br')!.lists).toEqual([{ id: list.id, name: 'Newsletter', status: '2' }]);
  });

  it('refuses the whole request with 400 naming each bad contact by index, and queues nothing', async () => {
    const contacts = [...people(3), { first_name: 'No e-mail' }, ...people(2, 10), { email: 'not an address' }];
    const res = await acCall<Refused>(emu, 'POST', '/import/bulk_import', { contacts });
    expect(res.status).toBe(400);
    expect(res.body.success).toBe(0);
    expect(res.body.message).toMatch(/did not pass validation/);
    expect(res.body.failureReasons).toEqual([
      { contact: 3, failureReason: "Field 'email' is required" },
      { contact: 6, failureReason: "Field 'email' incorrect format" },
    ]);
    expect(emu.account('main').imports.all()).toHaveLength(0);
  });

  it('takes at most 250 contacts in one request', async () => {
    expect((await importContacts(people(250))).status).toBe(200);
    const over = await acCall<Refused>(emu, 'POST', '/import/bulk_import', { contacts: people(251) });
    expect(over.status).toBe(400);
    expect(over.body.failureReasons[0]).toMatch(/Up to 250/);
  });

  it('lists the addresses that failed while processing by e-mail, the others by contact id', async () => {
    emu.account('main').imports.failOn(['person1@acme.com.br']);
    const res = await importContacts([
      ...people(3),
      { email: 'invalid.email@invalidDomain' },
      { email: "invalid'character@example.com" },
    ]);
    emu.account('main').imports.processAll();
    const done = await info(res.body.batchId);
    expect(done.body.failure).toEqual([
      'person1@acme.com.br',
      'invalid.email@invalidDomain',
      "invalid'character@example.com",
    ]);
    expect(done.body.success).toEqual([
      emu.state.findContactByEmail('person0@acme.com.br')!.id,
      emu.state.findContactByEmail('person2@acme.com.br')!.id,
    ]);
  });

  it('accepts 100 imports a minute per account, then answers 400 "Rate limit exceeded."', async () => {
    emu.setImports({ perMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await importContacts(people(1, i))).status).toBe(200);
    const limited = await acCall<Refused>(emu, 'POST', '/import/bulk_import', { contacts: people(1, 9) });
    expect(limited.status).toBe(400);
    expect(limited.body).toMatchObject({ success: 0, message: 'Rate limit exceeded.' });
    expect(limited.body.failureReasons[0]).toMatch(/Up to 100 imports may be requested per minute/);
    // A refused request is not an import: validation errors do not spend the minute's budget either.
    expect(emu.account('main').imports.all()).toHaveLength(3);
  });

  it('answers import/info without a batch id with 400, and an unknown one with 404', async () => {
    const missing = await acCall(emu, 'GET', '/import/info');
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ success: 0, message: "'batchId' is a required field." });
    expect((await info('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('lists outstanding and recently completed batches per day', async () => {
    await importContacts(people(10));
    await importContacts(people(5, 50));
    emu.account('main').imports.processAll();
    await importContacts(people(7, 80));
    const res = await acCall<{ outstanding: unknown[]; recentlyCompleted: unknown[] }>(
      emu,
      'GET',
      '/import/bulk_import',
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(res.body.outstanding).toEqual([{ forDate: today, batches: '1', contacts: '7' }]);
    expect(res.body.recentlyCompleted).toEqual([{ forDate: today, batches: '2', contacts: '15' }]);
  });

  it('processes imports on its own, one after the other, when not held for the test', async () => {
    emu.setImports({ processing: 'auto', delayMs: 5 });
    const a = await importContacts(people(10));
    const b = await importContacts(people(10, 100));
    const deadline = Date.now() + 5000;
    while ((await info(b.body.batchId)).body.status !== 'completed') {
      if (Date.now() > deadline) throw new Error('the import never completed');
      await new Promise((r) => setTimeout(r, 5));
    }
    expect((await info(a.body.batchId)).body.status).toBe('completed');
    expect(emu.state.contacts.size).toBe(20);
  });

  it('counts every import call against the account limit of 5 requests per second', async () => {
    emu.setRateLimit({ ratePerSecond: 1, windowMs: 60_000 });
    expect((await importContacts(people(1))).status).toBe(200);
    expect((await acCall(emu, 'GET', '/import/info?batchId=x')).status).toBe(429);
  });

  it('is driven from another process through /__emulator', async () => {
    await controlCall(emu.url, 'POST', '/config', { importProcessing: 'manual' });
    await controlCall(emu.url, 'POST', '/imports/fail', { emails: ['person0@acme.com.br'] });
    const res = await importContacts(people(2));
    expect((await controlCall<{ processed: number }>(emu.url, 'POST', '/imports/process')).body.processed).toBe(1);
    const list = await controlCall<{ imports: Array<{ batchId: string; failure: string[] }> }>(
      emu.url,
      'GET',
      '/imports',
    );
    expect(list.body.imports).toEqual([
      { batchId: res.body.batchId, status: 'completed', contacts: 2, success: 1, failure: ['person0@acme.com.br'] },
    ]);
  });
});
