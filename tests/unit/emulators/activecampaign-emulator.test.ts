import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startAcEmulator, type AcEmulator } from '../../emulators/activecampaign';
import { acCall } from '../../emulators/activecampaign/test-client';

interface ErrorsBody {
  errors: Array<{ status?: number; title?: string; detail?: string; code?: string; source?: { pointer: string } }>;
}
interface SyncBody {
  contact: { id: string; email: string; firstName: string; lastName: string; phone: string; fieldValues: string[] };
  fieldValues: Array<{ field: string; value: string; contact: string; id: string }>;
}
interface TagsBody {
  tags: Array<{ tag: string; id: string; tagType: string }>;
  meta: { total: string };
}
interface ListsBody {
  lists: Array<{ name: string; id: string; stringid: string }>;
  meta: { total: string };
}

let emu: AcEmulator;

beforeAll(async () => {
  emu = await startAcEmulator({ ratePerSecond: 0, accounts: [{ apiToken: 'KEY', extraTokens: ['KEY2'] }] });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(() => {
  emu.reset();
});

async function sync(email: string, extra: Record<string, unknown> = {}): Promise<SyncBody> {
  const res = await acCall<SyncBody>(emu, 'POST', '/contact/sync', { contact: { email, ...extra } });
  expect(res.status).toBe(201);
  return res.body;
}

describe('auth', () => {
  it("answers 403 (never 401) with AC's errors body when the key is missing or wrong", async () => {
    const missing = await acCall<ErrorsBody>(emu, 'GET', '/users/me', undefined, { token: null });
    const wrong = await acCall<ErrorsBody>(emu, 'GET', '/users/me', undefined, { token: 'nope' });
    for (const res of [missing, wrong]) {
      expect(res.status).toBe(403);
      expect(res.body.errors[0]).toMatchObject({ status: 403, title: 'Forbidden' });
    }
    expect(emu.stats.authFailures).toBe(2);
  });

  it('uses the bare {message} body for /fields, as the spec shows', async () => {
    const res = await acCall(emu, 'GET', '/fields', undefined, { token: 'nope' });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ message: 'Forbidden' });
  });

  it("GET /users/me returns the key's own user", async () => {
    const admin = await acCall<{ user: Record<string, unknown> }>(emu, 'GET', '/users/me');
    expect(admin.status).toBe(200);
    expect(Object.keys(admin.body.user)).toEqual(
      expect.arrayContaining(['username', 'firstName', 'lastName', 'email', 'phone', 'signature', 'links', 'id']),
    );
    expect(admin.body.user.id).toBe('1');
    const second = await acCall<{ user: { id: string } }>(emu, 'GET', '/users/me', undefined, { token: 'KEY2' });
    expect(second.body.user.id).toBe('2');
  });
});

describe('contacts', () => {
  it('POST /contact/sync creates, then updates the same contact matched case-insensitively', async () => {
    const created = await sync('Lead@Example.com', { firstName: 'Ana', lastName: 'Lima', phone: '+5511999990000' });
    expect(created.contact).toMatchObject({ id: '1', email: 'lead@example.com', firstName: 'Ana', lastName: 'Lima' });

    const updated = await sync('LEAD@example.COM', { firstName: 'Ana Maria' });
    expect(updated.contact.id).toBe('1');
    expect(updated.contact.firstName).toBe('Ana Maria');
    expect(updated.contact.lastName).toBe('Lima');
    expect(emu.state.snapshot().contacts).toHaveLength(1);
  });

  it('stores fieldValues per contact and skips unknown field ids', async () => {
    const body = await sync('fv@example.com', {
      fieldValues: [
        { field: '1', value: '87' },
        { field: 2, value: '12.345.678/0001-90' },
        { field: '999', value: 'ignored' },
      ],
    });
    expect(body.fieldValues.map((f) => [f.field, f.value])).toEqual([
      ['1', '87'],
      ['2', '12.345.678/0001-90'],
    ]);
    expect(body.contact.fieldValues).toHaveLength(2);
    await sync('fv@example.com', { fieldValues: [{ field: '1', value: '90' }] });
    expect(emu.state.contact('fv@example.com')?.fieldsByTitle).toEqual({
      'Lead Score': '90',
      CNPJ: '12.345.678/0001-90',
    });
  });

  it('answers 400 {} for a body without contact or email, 422 for an unusable address', async () => {
    for (const bad of [{}, { contact: {} }, { contact: { email: '' } }, { email: 'x@y.com' }]) {
      const res = await acCall(emu, 'POST', '/contact/sync', bad);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({});
    }
    const invalid = await acCall<ErrorsBody>(emu, 'POST', '/contact/sync', { contact: { email: 'not-an-email' } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors[0]?.code).toBe('email_invalid');
  });

  it("POST /contacts refuses an existing e-mail with the spec's duplicate body", async () => {
    await sync('dup@example.com');
    const res = await acCall(emu, 'POST', '/contacts', { contact: { email: 'DUP@example.com' } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      errors: [
        {
          title: 'Email address already exists in the system',
          detail: '',
          code: 'duplicate',
          source: { pointer: '/data/attributes/email' },
        },
      ],
    });
  });

  it("GET /contacts?email= finds by exact address; GET /contacts/:id 404s with AC's message", async () => {
    await sync('one@example.com');
    await sync('someone@example.com');
    const found = await acCall<{ contacts: Array<{ id: string }>; meta: { total: string } }>(
      emu,
      'GET',
      '/contacts?email=ONE%40example.com',
    );
    expect(found.body.contacts.map((c) => c.id)).toEqual(['1']);
    expect(found.body.meta.total).toBe('1');

    const byId = await acCall<{ contact: { email: string } }>(emu, 'GET', '/contacts/2');
    expect(byId.body.contact.email).toBe('someone@example.com');
    const missing = await acCall(emu, 'GET', '/contacts/77');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ message: 'No Result found for Subscriber with id 77' });
  });
});

describe('tags', () => {
  beforeEach(async () => {
    for (const tag of ['qualified-lead', 'lead', 'Promoção', 'high-score']) {
      expect((await acCall(emu, 'POST', '/tags', { tag: { tag, tagType: 'contact' } })).status).toBe(201);
    }
  });

  it("search is 'contains' and case/accent-insensitive, so clients must compare names", async () => {
    const res = await acCall<TagsBody>(emu, 'GET', '/tags?search=LEAD');
    expect(res.body.tags.map((t) => t.tag)).toEqual(['qualified-lead', 'lead']);
    expect(res.body.meta.total).toBe('2');
    const accent = await acCall<TagsBody>(emu, 'GET', '/tags?search=promocao');
    expect(accent.body.tags.map((t) => t.tag)).toEqual(['Promoção']);
  });

  it('supports filters[search][eq] and orders[search]=weight', async () => {
    const eq = await acCall<TagsBody>(emu, 'GET', '/tags?filters%5Bsearch%5D%5Beq%5D=lead');
    expect(eq.body.tags.map((t) => t.tag)).toEqual(['lead']);
    const weighted = await acCall<TagsBody>(emu, 'GET', '/tags?search=lead&orders%5Bsearch%5D=weight');
    expect(weighted.body.tags.map((t) => t.tag)).toEqual(['lead', 'qualified-lead']);
  });

  it('refuses a duplicate name (any case) with a 422 duplicate', async () => {
    const res = await acCall<ErrorsBody>(emu, 'POST', '/tags', { tag: { tag: 'LEAD', tagType: 'contact' } });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ code: 'duplicate', source: { pointer: '/data/attributes/tag' } });
  });

  it('POST /contactTags: 201, idempotent, 404 unknown contact, 422 missing attribute', async () => {
    const { contact } = await sync('tagged@example.com');
    const first = await acCall<{ contactTag: { id: string; contact: string; tag: string } }>(
      emu,
      'POST',
      '/contactTags',
      {
        contactTag: { contact: Number(contact.id), tag: 2 },
      },
    );
    expect(first.status).toBe(201);
    expect(first.body.contactTag).toMatchObject({ contact: contact.id, tag: '2' });
    const again = await acCall<{ contactTag: { id: string } }>(emu, 'POST', '/contactTags', {
      contactTag: { contact: contact.id, tag: '2' },
    });
    expect(again.status).toBe(201);
    expect(again.body.contactTag.id).toBe(first.body.contactTag.id);
    expect(emu.state.contact('tagged@example.com')?.tags).toEqual(['lead']);

    const unknown = await acCall(emu, 'POST', '/contactTags', { contactTag: { contact: 999, tag: 1 } });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ errors: [{ status: 404, title: 'Not Found', detail: 'Contact not found' }] });
    const missing = await acCall(emu, 'POST', '/contactTags', { contactTag: { tag: 1 } });
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({
      errors: [{ status: 422, title: 'Missing attribute', source: { pointer: '/data/attributes/contact' } }],
    });
  });
});

describe('lists', () => {
  it('paginates with default 20, max 100, offset and a string meta.total', async () => {
    emu.state.seed({ extraLists: 30 });
    const first = await acCall<ListsBody>(emu, 'GET', '/lists');
    expect(first.body.lists).toHaveLength(20);
    expect(first.body.meta.total).toBe('32');
    expect(first.body.lists[0]?.name).toBe('Newsletter');
    const tail = await acCall<ListsBody>(emu, 'GET', '/lists?limit=20&offset=30');
    expect(tail.body.lists.map((l) => l.name)).toEqual(['Lista 29', 'Lista 30']);
    const capped = await acCall<ListsBody>(emu, 'GET', '/lists?limit=500');
    expect(capped.body.lists).toHaveLength(32);
  });

  it('filters[name] narrows by name', async () => {
    const res = await acCall<ListsBody>(emu, 'GET', '/lists?filters%5Bname%5D=clientes');
    expect(res.body.lists.map((l) => l.name)).toEqual(['Clientes 2026']);
    expect(res.body.meta.total).toBe('1');
  });

  it('POST /contactLists answers 200 with contacts + contactList and tracks status', async () => {
    const { contact } = await sync('sub@example.com', { firstName: 'Sub' });
    const res = await acCall<{
      contacts: Array<{ id: string }>;
      contactList: { list: string; status: string; first_name: string };
    }>(emu, 'POST', '/contactLists', { contactList: { list: '2', contact: contact.id, status: '1' } });
    expect(res.status).toBe(200);
    expect(res.body.contacts[0]?.id).toBe(contact.id);
    expect(res.body.contactList).toMatchObject({ list: '2', status: '1', first_name: 'Sub' });

    await acCall(emu, 'POST', '/contactLists', { contactList: { list: 2, contact: Number(contact.id), status: 2 } });
    expect(emu.state.contact('sub@example.com')?.lists).toEqual([{ id: '2', name: 'Clientes 2026', status: '2' }]);
  });

  it('unknown list → 404, archived list → 422 and hidden from GET /lists, bad body → 400 {}', async () => {
    emu.state.seed({ lists: [{ name: 'Old 2024', archived: true }] });
    const { contact } = await sync('who@example.com');
    const unknown = await acCall(emu, 'POST', '/contactLists', {
      contactList: { list: '99', contact: contact.id, status: '1' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ errors: [{ status: 404, title: 'Not Found', detail: 'List not found' }] });

    const archived = await acCall<ErrorsBody>(emu, 'POST', '/contactLists', {
      contactList: { list: '3', contact: contact.id, status: '1' },
    });
    expect(archived.status).toBe(422);
    expect(archived.body.errors[0]?.code).toBe('field_invalid');
    const lists = await acCall<ListsBody>(emu, 'GET', '/lists');
    expect(lists.body.lists.map((l) => l.name)).not.toContain('Old 2024');

    const bad = await acCall(emu, 'POST', '/contactLists', { contactList: { list: '1', contact: contact.id } });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({});
  });
});

describe('custom fields', () => {
  it('GET /fields defaults to 100 per page', async () => {
    emu.state.seed({ fields: Array.from({ length: 25 }, (_, i) => ({ title: `Extra ${i + 1}` })) });
    const res = await acCall<{
      fields: unknown[];
      fieldOptions: unknown[];
      fieldRels: unknown[];
      meta: { total: string };
    }>(emu, 'GET', '/fields');
    expect(res.body.fields).toHaveLength(27);
    expect(res.body.meta.total).toBe('27');
    expect(res.body.fieldOptions).toEqual([]);
  });

  it("POST /fields 201, duplicate title → the spec's exact 422, missing type → field_missing", async () => {
    const created = await acCall<{ field: { id: string; perstag: string; title: string } }>(emu, 'POST', '/fields', {
      field: { title: 'Lead source', type: 'text' },
    });
    expect(created.status).toBe(201);
    expect(created.body.field).toMatchObject({ id: '3', perstag: 'LEAD_SOURCE', title: 'Lead source' });

    const dup = await acCall(emu, 'POST', '/fields', { field: { title: 'Test Title', type: 'text' } });
    expect(dup.status).toBe(201);
    const again = await acCall(emu, 'POST', '/fields', { field: { title: 'Test Title', type: 'text' } });
    expect(again.status).toBe(422);
    expect(again.body).toEqual({
      errors: [
        {
          title: 'There is already a field with this title',
          detail: "There is already a field named 'Test Title' -- choose another name",
          code: 'duplicate',
        },
      ],
    });

    const noType = await acCall<ErrorsBody>(emu, 'POST', '/fields', { field: { title: 'X' } });
    expect(noType.status).toBe(422);
    expect(noType.body.errors[0]).toMatchObject({
      code: 'field_missing',
      source: { pointer: '/data/attributes/type' },
    });

    const rel = await acCall<{ fieldRel: { field: string; relid: string; id: string } }>(emu, 'POST', '/fieldRels', {
      fieldRel: { field: 3, relid: 0 },
    });
    expect(rel.status).toBe(201);
    expect(rel.body.fieldRel).toMatchObject({ field: '3', relid: '0' });
  });
});

describe('accounts (companies)', () => {
  it('search contains, duplicate name 422, one account per contact', async () => {
    const created = await acCall<{ account: { id: string; name: string } }>(emu, 'POST', '/accounts', {
      account: { name: 'Acme Brasil Ltda', accountUrl: 'https://acme.example.com' },
    });
    expect(created.status).toBe(201);
    const found = await acCall<{ accounts: Array<{ name: string }>; meta: { total: string } }>(
      emu,
      'GET',
      '/accounts?search=brasil',
    );
    expect(found.body.accounts.map((a) => a.name)).toEqual(['Acme Brasil Ltda']);
    expect(found.body.meta.total).toBe('1');

    const dup = await acCall<ErrorsBody>(emu, 'POST', '/accounts', { account: { name: 'acme brasil ltda' } });
    expect(dup.status).toBe(422);
    expect(dup.body.errors[0]?.code).toBe('duplicate');

    const other = await acCall<{ account: { id: string } }>(emu, 'POST', '/accounts', { account: { name: 'Other' } });
    const { contact } = await sync('worker@example.com');
    const link = await acCall(emu, 'POST', '/accountContacts', {
      accountContact: { account: Number(created.body.account.id), contact: Number(contact.id), jobTitle: 'CTO' },
    });
    expect(link.status).toBe(201);
    const second = await acCall<ErrorsBody>(emu, 'POST', '/accountContacts', {
      accountContact: { account: Number(other.body.account.id), contact: Number(contact.id) },
    });
    expect(second.status).toBe(422);
    expect(second.body.errors[0]).toMatchObject({
      title: 'We currently do not support contacts on multiple accounts',
      code: 'field_invalid',
    });
    expect(emu.state.contact('worker@example.com')?.account).toEqual({
      id: '1',
      name: 'Acme Brasil Ltda',
      jobTitle: 'CTO',
    });

    const missing = await acCall<ErrorsBody>(emu, 'POST', '/accountContacts', { accountContact: { account: 1 } });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0]).toMatchObject({
      code: 'field_missing',
      source: { pointer: '/data/attributes/contact' },
    });
  });
});

describe('protocol edges', () => {
  it('unknown routes and methods give an AC-like 404', async () => {
    const unknown = await acCall<ErrorsBody>(emu, 'GET', '/nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0]).toMatchObject({ status: 404, title: 'Not Found' });
    expect((await acCall(emu, 'DELETE', '/lists')).status).toBe(404);
    const outside = await fetch(`${emu.url}/api/2/contacts`);
    expect(outside.status).toBe(404);
  });

  it('a malformed JSON body is a 400', async () => {
    const res = await acCall(emu, 'POST', '/contact/sync', undefined, { rawBody: '{"contact": {' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({});
  });

  it('logs every API call with method, path, status and body', async () => {
    await sync('log@example.com');
    await acCall(emu, 'GET', '/lists?limit=1');
    const entries = emu.log.entries();
    expect(entries.map((e) => [e.method, e.path, e.status])).toEqual([
      ['POST', '/contact/sync', 201],
      ['GET', '/lists', 200],
    ]);
    expect(entries[0]?.body).toEqual({ contact: { email: 'log@example.com' } });
    expect(entries[1]?.query).toBe('limit=1');
    expect(entries[0]?.token).toBe('KEY');
  });
});
