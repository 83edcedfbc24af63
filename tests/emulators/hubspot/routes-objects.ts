/**
 * The CRM object routes (docs/crm/hubspot.md §2–§6): contacts create / upsert / read / update / list / search,
 * companies create / list / search, and the contact–company association.
 */
import type { RawResponse } from '../activecampaign/faults';
import { contactExists, json, notFound, validation } from './errors';
import { serializeObject, type CrmObject, type PortalState } from './state';

export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  origin: string;
}

type Props = Record<string, string>;

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** `properties` is a map of string to string (docs/crm/hubspot.md §2); numbers are accepted as HubSpot does. */
function propertiesOf(value: unknown): Props | null {
  const r = record(value);
  if (!r) return null;
  const out: Props = {};
  for (const [k, v] of Object.entries(r)) {
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
    else if (v !== null) return null;
  }
  return out;
}

function unknownProperties(names: string[]): RawResponse {
  return validation(
    `Property values were not valid: ${JSON.stringify(
      names.map((name) => ({
        isValid: false,
        message: `Property "${name}" does not exist`,
        error: 'PROPERTY_DOESNT_EXIST',
        name,
      })),
    )}`,
    names.map((name) => ({ message: `Property "${name}" does not exist`, code: 'PROPERTY_DOESNT_EXIST' })),
  );
}

/** What HubSpot says about the properties of one input it cannot take: unknown names, then values no option allows. */
function propertyProblems(state: PortalState, props: Props): Array<{ message: string; code: string }> {
  return [
    ...state.invalidContactProperties(props).map((name) => ({
      message: `Property "${name}" does not exist`,
      code: 'PROPERTY_DOESNT_EXIST',
    })),
    ...state.invalidOptionValues(props).map((name) => ({
      message: `${JSON.stringify(props[name])} was not one of the allowed options for "${name}"`,
      code: 'INVALID_OPTION',
    })),
  ];
}

function invalidProperties(problems: Array<{ message: string; code: string }>): RawResponse {
  return validation(`Property values were not valid: ${problems.map((p) => p.message).join(', ')}`, problems);
}

/** `?limit=&after=` cursor paging (docs/crm/hubspot.md §6): limit defaults to 10, `paging.next.after` while more remain. */
function page(objects: CrmObject[], req: ApiRequest, kind: string): RawResponse {
  const limit = Math.min(100, Math.max(1, Number(req.query.get('limit') ?? 10) || 10));
  const after = Math.max(0, Number(req.query.get('after') ?? 0) || 0);
  const slice = objects.slice(after, after + limit);
  const body: Record<string, unknown> = { results: slice.map((o) => serializeObject(o)) };
  if (after + limit < objects.length) {
    const next = String(after + limit);
    body.paging = { next: { after: next, link: `${req.origin}/crm/v3/objects/${kind}?limit=${limit}&after=${next}` } };
  }
  return json(200, body);
}

function associationTargets(value: unknown): Array<{ id: string; typeId: number }> | null {
  if (!Array.isArray(value)) return null;
  const out: Array<{ id: string; typeId: number }> = [];
  for (const item of value) {
    const to = record(record(item)?.to);
    const types = record(item)?.types;
    if (!to || typeof to.id !== 'string' || !Array.isArray(types) || types.length === 0) return null;
    const typeId = record(types[0])?.associationTypeId;
    if (typeof typeId !== 'number') return null;
    out.push({ id: to.id, typeId });
  }
  return out;
}

function search(objects: CrmObject[], body: unknown): RawResponse {
  const b = record(body);
  const required = ['after', 'filterGroups', 'limit', 'properties', 'sorts'];
  const missing = required.filter((k) => !b || !(k in b));
  if (!b || missing.length > 0) return validation(`Missing required fields: ${missing.join(', ')}`);
  const groups = Array.isArray(b.filterGroups) ? b.filterGroups : [];
  if (groups.length > 6) return validation('At most 6 filter groups are allowed.');
  const matches = objects.filter(
    (o) =>
      groups.length === 0 ||
      groups.some((g) => {
        const filters = Array.isArray(record(g)?.filters) ? (record(g)?.filters as unknown[]) : [];
        return filters.every((f) => {
          const r = record(f) ?? {};
          const actual = (o.properties[String(r.propertyName)] ?? '').toLowerCase();
          const wanted = (
            typeof r.value === 'string' || typeof r.value === 'number' ? String(r.value) : ''
          ).toLowerCase();
          return r.operator === 'EQ' ? actual === wanted : r.operator === 'HAS_PROPERTY' ? actual !== '' : false;
        });
      }),
  );
  const limit = Math.min(200, Number(b.limit) || 10);
  const names = Array.isArray(b.properties) ? b.properties.map(String) : undefined;
  return json(200, { total: matches.length, results: matches.slice(0, limit).map((o) => serializeObject(o, names)) });
}

function findContact(state: PortalState, idOrEmail: string, idProperty: string | null): CrmObject | undefined {
  return idProperty === 'email' ? state.contactByEmail(idOrEmail) : state.contacts.get(idOrEmail);
}

export function contactRoutes(state: PortalState, req: ApiRequest, rest: string): RawResponse {
  const { method } = req;
  if (rest === '' && method === 'POST') {
    const b = record(req.body);
    // docs/crm/hubspot.md §2: both `properties` and `associations` are required by the spec.
    if (!b || !('properties' in b) || !('associations' in b)) {
      return validation('Invalid input: properties and associations are required.');
    }
    const props = propertiesOf(b.properties);
    const targets = associationTargets(b.associations);
    if (!props || !targets) return validation('Invalid input: properties must map names to strings.');
    const problems = propertyProblems(state, props);
    if (problems.length > 0) return invalidProperties(problems);
    const existing = props.email ? state.contactByEmail(props.email) : undefined;
    if (existing) return contactExists(existing.id);
    const contact = state.createContact(props);
    for (const t of targets) if (state.companies.has(t.id)) state.associate(contact.id, t.id, t.typeId);
    return json(201, serializeObject(contact));
  }
  if (rest === '' && method === 'GET') {
    return page([...state.contacts.values()], req, 'contacts');
  }
  if (rest === '/batch/upsert' && method === 'POST') return upsert(state, req.body);
  if (rest === '/search' && method === 'POST') return search([...state.contacts.values()], req.body);
  const m = /^\/([^/]+)$/.exec(rest);
  if (m && (method === 'GET' || method === 'PATCH')) {
    const contact = findContact(state, decodeURIComponent(m[1] ?? ''), req.query.get('idProperty'));
    if (!contact) return notFound('Object not found.  objectId are usually numeric.');
    if (method === 'GET') {
      const names = req.query.get('properties')?.split(',').filter(Boolean);
      return json(200, serializeObject(contact, names));
    }
    const props = propertiesOf(record(req.body)?.properties);
    if (!props) return validation('Invalid input: properties is required.');
    const problems = propertyProblems(state, props);
    if (problems.length > 0) return invalidProperties(problems);
    return json(200, serializeObject(state.update(contact, props)));
  }
  return notFound(`No route for ${method} /crm/v3/objects/contacts${rest}`);
}

/** docs/crm/hubspot.md §3: 200 when every input was saved, 207 with `errors[]` when some were not. */
function upsert(state: PortalState, body: unknown): RawResponse {
  const inputs = record(body)?.inputs;
  if (!Array.isArray(inputs)) return validation('Invalid input: inputs is required.');
  const startedAt = state.now();
  const results: unknown[] = [];
  const errors: unknown[] = [];
  for (const raw of inputs) {
    const input = record(raw);
    const props = propertiesOf(input?.properties);
    if (!input || typeof input.id !== 'string' || !props)
      return validation('Invalid input: every input needs id and properties.');
    if (input.idProperty !== 'email')
      return validation('idProperty must name a unique property; this emulator supports "email".');
    const problems = propertyProblems(state, props);
    if (problems.length > 0) {
      errors.push({
        status: 'error',
        category: 'VALIDATION_ERROR',
        message: `Property values were not valid: ${problems.map((p) => p.message).join(', ')}`,
        errors: [],
        context: { ids: [input.id] },
        links: {},
      });
      continue;
    }
    const existing = state.contactByEmail(input.id);
    const contact = existing ? state.update(existing, props) : state.createContact({ ...props, email: input.id });
    results.push({ ...serializeObject(contact), new: !existing });
  }
  const out: Record<string, unknown> = { status: 'COMPLETE', results, startedAt, completedAt: state.now() };
  if (errors.length > 0) return json(207, { ...out, numErrors: errors.length, errors });
  return json(200, out);
}

export function companyRoutes(state: PortalState, req: ApiRequest, rest: string): RawResponse {
  if (rest === '' && req.method === 'POST') {
    const b = record(req.body);
    if (!b || !('properties' in b) || !('associations' in b)) {
      return validation('Invalid input: properties and associations are required.');
    }
    const props = propertiesOf(b.properties);
    const targets = associationTargets(b.associations);
    if (!props || !targets) return validation('Invalid input: properties must map names to strings.');
    const bad = state.invalidCompanyProperties(props);
    if (bad.length > 0) return unknownProperties(bad);
    if (targets.some((t) => !state.contacts.has(t.id))) return validation('Association target does not exist.');
    const company = state.createCompany(props);
    for (const t of targets) state.associate(t.id, company.id, t.typeId);
    return json(201, serializeObject(company));
  }
  if (rest === '' && req.method === 'GET') return page([...state.companies.values()], req, 'companies');
  if (rest === '/search' && req.method === 'POST') return search([...state.companies.values()], req.body);
  const m = /^\/(\d+)$/.exec(rest);
  if (m && req.method === 'GET') {
    const company = state.companies.get(m[1] ?? '');
    return company ? json(200, serializeObject(company)) : notFound('Object not found.');
  }
  return notFound(`No route for ${req.method} /crm/v3/objects/companies${rest}`);
}

/** Associations v4 "default" (unlabelled) association: outside docs/crm/hubspot.md, as HubSpot documents it. */
export function associationRoute(
  state: PortalState,
  req: ApiRequest,
  contactId: string,
  companyId: string,
): RawResponse {
  if (req.method !== 'PUT') return notFound();
  if (!state.contacts.has(contactId) || !state.companies.has(companyId)) return notFound('Object not found.');
  state.associate(contactId, companyId, 279);
  return json(200, {
    status: 'COMPLETE',
    results: [
      {
        from: { id: contactId },
        to: { id: companyId },
        associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 279 },
      },
    ],
    startedAt: state.now(),
    completedAt: state.now(),
  });
}
