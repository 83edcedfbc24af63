/**
 * v2 persons and organizations (docs/crm/pipedrive.md §4, §5): create answers 200 (not 201), search wants a
 * `term` of at least 2 characters and pages with `limit` and `cursor` (`additional_data.next_cursor`).
 */
import type { RawResponse } from '../activecampaign/faults';
import { badRequest, notFound, ok } from './errors';
import type { CompanyState, Organization, Person } from './state';

export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

type Contact = Person['emails'][number];

/** `emails`/`phones` are arrays of `{value, primary, label}`; a plain string is refused (docs/crm/pipedrive.md §4). */
function contacts(value: unknown, what: string): Contact[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return `${what} must be an array of objects`;
  const out: Contact[] = [];
  for (const item of value) {
    const r = record(item);
    if (!r || typeof r.value !== 'string') return `${what}[].value must be a string`;
    out.push({ value: r.value, primary: r.primary === true, label: typeof r.label === 'string' ? r.label : 'work' });
  }
  return out;
}

function customFields(state: CompanyState, value: unknown): Record<string, unknown> | string {
  if (value === undefined) return {};
  const r = record(value);
  if (!r) return 'custom_fields must be an object';
  for (const key of Object.keys(r)) {
    const field = state.fields.find((f) => f.key === key && f.edit_flag);
    if (!field) return `Unknown custom field key: ${key}`;
    if (field.field_type === 'double' && r[key] !== null && typeof r[key] !== 'number') {
      return `Custom field ${key} (${field.name}) expects a number`;
    }
  }
  return r;
}

export function serializePerson(p: Person): Record<string, unknown> {
  const [first = '', ...rest] = p.name.split(' ');
  return {
    id: p.id,
    name: p.name,
    first_name: first,
    last_name: rest.join(' '),
    owner_id: 42,
    org_id: p.org_id,
    emails: p.emails,
    phones: p.phones,
    custom_fields: p.custom_fields,
    add_time: p.add_time,
    update_time: p.update_time,
    visible_to: 3,
  };
}

function serializeOrg(o: Organization): Record<string, unknown> {
  return { id: o.id, name: o.name, owner_id: 42, add_time: o.add_time, visible_to: 3, custom_fields: {} };
}

/** Cursor paging: the cursor is an opaque offset. */
function searchPage<T>(items: T[], req: ApiRequest, serialize: (item: T) => unknown): RawResponse {
  const limit = Math.min(500, Math.max(1, Number(req.query.get('limit') ?? 100) || 100));
  const cursor = req.query.get('cursor');
  const start = cursor ? Number(Buffer.from(cursor, 'base64url').toString()) || 0 : 0;
  const slice = items.slice(start, start + limit);
  const next = start + limit < items.length ? Buffer.from(String(start + limit)).toString('base64url') : null;
  return ok(200, { items: slice.map((i) => ({ result_score: 1, item: serialize(i) })) }, { next_cursor: next });
}

function matches(text: string, term: string, exact: boolean): boolean {
  const a = text.trim().toLowerCase();
  const b = term.trim().toLowerCase();
  return exact ? a === b : a.includes(b);
}

function searchTerm(req: ApiRequest): string | RawResponse {
  const term = req.query.get('term') ?? '';
  if (term.trim().length < 2) return badRequest('Validation failed: term: Must contain at least 2 characters');
  return term;
}

export function personRoutes(state: CompanyState, req: ApiRequest, rest: string): RawResponse {
  if (rest === '/search' && req.method === 'GET') {
    const term = searchTerm(req);
    if (typeof term !== 'string') return term;
    const fields = (req.query.get('fields') ?? 'custom_fields,email,notes,phone,name').split(',');
    const exact = req.query.get('exact_match') === 'true';
    const found = [...state.persons.values()].filter(
      (p) =>
        (fields.includes('email') && p.emails.some((e) => matches(e.value, term, exact))) ||
        (fields.includes('name') && matches(p.name, term, exact)) ||
        (fields.includes('phone') && p.phones.some((e) => matches(e.value, term, exact))),
    );
    return searchPage(found, req, (p) => ({
      id: p.id,
      type: 'person',
      name: p.name,
      emails: p.emails.map((e) => e.value),
      phones: p.phones.map((e) => e.value),
      organization: p.org_id === null ? null : { id: p.org_id, name: state.organizations.get(p.org_id)?.name },
    }));
  }
  if (rest === '' && req.method === 'POST') {
    const b = record(req.body) ?? {};
    const emails = contacts(b.emails, 'emails');
    const phones = contacts(b.phones, 'phones');
    const custom = customFields(state, b.custom_fields);
    for (const problem of [emails, phones, custom]) if (typeof problem === 'string') return badRequest(problem);
    if (b.org_id !== undefined && b.org_id !== null && !state.organizations.has(Number(b.org_id))) {
      return badRequest(`Organization with id ${JSON.stringify(b.org_id)} does not exist`);
    }
    const at = state.now();
    // docs/crm/pipedrive.md §9: no field is required, so a person without a name is accepted too.
    const person: Person = {
      id: state.newId(),
      name: typeof b.name === 'string' ? b.name : '',
      emails: emails as Contact[],
      phones: phones as Contact[],
      org_id: b.org_id === undefined || b.org_id === null ? null : Number(b.org_id),
      custom_fields: custom as Record<string, unknown>,
      add_time: at,
      update_time: at,
    };
    state.persons.set(person.id, person);
    return ok(200, serializePerson(person));
  }
  const one = /^\/(\d+)$/.exec(rest);
  const person = one ? state.persons.get(Number(one[1])) : undefined;
  if (one && !person) return notFound('Person not found');
  if (person && req.method === 'GET') return ok(200, serializePerson(person));
  if (person && req.method === 'PATCH') {
    // Not in docs/crm/pipedrive.md: v2 updatePerson, for the mapped fields of a person found by e-mail.
    const b = record(req.body) ?? {};
    const custom = customFields(state, b.custom_fields);
    if (typeof custom === 'string') return badRequest(custom);
    Object.assign(person.custom_fields, custom);
    if (typeof b.name === 'string') person.name = b.name;
    person.update_time = state.now();
    return ok(200, serializePerson(person));
  }
  return notFound(`No route for ${req.method} ${req.path}`);
}

export function organizationRoutes(state: CompanyState, req: ApiRequest, rest: string): RawResponse {
  if (rest === '/search' && req.method === 'GET') {
    const term = searchTerm(req);
    if (typeof term !== 'string') return term;
    const exact = req.query.get('exact_match') === 'true';
    const found = [...state.organizations.values()].filter((o) => matches(o.name, term, exact));
    return searchPage(found, req, (o) => ({ id: o.id, type: 'organization', name: o.name, address: null }));
  }
  if (rest === '' && req.method === 'POST') {
    const b = record(req.body) ?? {};
    // docs/crm/pipedrive.md §5: the spec's `required: ["title"]` is a defect; real clients send `name`, which is required here.
    if (typeof b.name !== 'string' || b.name.trim() === '') return badRequest('Validation failed: name: Required');
    const org: Organization = { id: state.newId(), name: b.name, add_time: state.now() };
    state.organizations.set(org.id, org);
    return ok(200, serializeOrg(org));
  }
  const one = /^\/(\d+)$/.exec(rest);
  const org = one ? state.organizations.get(Number(one[1])) : undefined;
  if (org && req.method === 'GET') return ok(200, serializeOrg(org));
  return notFound(one ? 'Organization not found' : `No route for ${req.method} ${req.path}`);
}
