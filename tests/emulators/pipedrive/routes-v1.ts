/**
 * v1: the connection check, person field schemas, lead labels, leads (docs/crm/pipedrive.md §3, §6, §7) and notes
 * (docs/crm/pipedrive.md §10).
 * Offset paging with `start` and `limit` (100 when omitted): `/leads` answers
 * `additional_data {start, limit, more_items_in_collection}`, other lists nest that under
 * `additional_data.pagination` with `next_start`.
 */
import type { RawResponse } from '../activecampaign/faults';
import { badRequest, notFound, ok } from './errors';
import { record, type ApiRequest } from './routes-v2';
import { COMPANY, USER, type CompanyState, type Lead, type Note } from './state';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VISIBLE_TO = new Set(['1', '3', '5', '7']);
/** docs/crm/pipedrive.md §6: the colours v1 `addLeadLabel` takes. */
const COLORS = new Set(['blue', 'brown', 'dark-gray', 'gray', 'green', 'orange', 'pink', 'purple', 'red', 'yellow']);

function paging(req: ApiRequest): { start: number; limit: number } {
  const start = Math.max(0, Number(req.query.get('start') ?? 0) || 0);
  const limit = Math.min(500, Math.max(1, Number(req.query.get('limit') ?? 100) || 100));
  return { start, limit };
}

export function me(): RawResponse {
  return ok(200, {
    id: USER.id,
    name: USER.name,
    email: USER.email,
    company_id: COMPANY.id,
    company_name: COMPANY.name,
    company_domain: COMPANY.domain,
    default_currency: 'BRL',
    locale: 'pt_BR',
    lang: 1,
    timezone_name: 'America/Sao_Paulo',
    is_admin: 1,
    active_flag: true,
  });
}

export function personFields(state: CompanyState, req: ApiRequest): RawResponse {
  const { start, limit } = paging(req);
  const slice = state.fields.slice(start, start + limit);
  const more = start + limit < state.fields.length;
  return ok(200, slice, {
    pagination: { start, limit, more_items_in_collection: more, ...(more ? { next_start: start + limit } : {}) },
  });
}

export function leadLabels(state: CompanyState, req: ApiRequest): RawResponse {
  if (req.method === 'GET') return ok(200, [...state.labels.values()]);
  const b = record(req.body) ?? {};
  if (typeof b.name !== 'string' || b.name.trim() === '') return badRequest('Validation failed: name: Required');
  if (typeof b.color !== 'string' || !COLORS.has(b.color)) {
    return badRequest(`Validation failed: color: Must be one of ${[...COLORS].join(', ')}`);
  }
  return ok(200, state.addLabel(b.name.trim(), b.color));
}

function leadProblem(state: CompanyState, b: Record<string, unknown>): string | null {
  if (typeof b.title !== 'string' || b.title.trim() === '') return 'Validation failed: title: Required';
  if (b.person_id == null && b.organization_id == null) {
    return 'A lead always has to be linked to a person or an organization or both';
  }
  if (b.person_id != null && !state.persons.has(Number(b.person_id)))
    return `Person ${JSON.stringify(b.person_id)} not found`;
  if (b.organization_id != null && !state.organizations.has(Number(b.organization_id))) {
    return `Organization ${JSON.stringify(b.organization_id)} not found`;
  }
  if (b.label_ids !== undefined) {
    if (!Array.isArray(b.label_ids)) return 'Validation failed: label_ids: Must be an array';
    for (const id of b.label_ids) {
      if (typeof id !== 'string' || !UUID.test(id)) return 'Validation failed: label_ids: Must be UUIDs';
      if (!state.labels.has(id)) return `Lead label ${id} does not exist`;
    }
  }
  const value = record(b.value);
  if (b.value !== undefined && (!value || typeof value.amount !== 'number' || typeof value.currency !== 'string')) {
    return 'Validation failed: value: amount and currency are required';
  }
  if (b.visible_to !== undefined && (typeof b.visible_to !== 'string' || !VISIBLE_TO.has(b.visible_to))) {
    return 'Validation failed: visible_to: Must be one of "1", "3", "5", "7"';
  }
  return null;
}

export function leads(state: CompanyState, req: ApiRequest): RawResponse {
  if (req.method === 'GET') {
    const { start, limit } = paging(req);
    const person = req.query.get('person_id');
    const all = [...state.leads.values()].filter((l) => person === null || l.person_id === Number(person));
    const more = start + limit < all.length;
    return ok(200, all.slice(start, start + limit), { start, limit, more_items_in_collection: more });
  }
  const b = record(req.body) ?? {};
  const problem = leadProblem(state, b);
  if (problem !== null) return badRequest(problem);
  const lead: Lead = {
    id: crypto.randomUUID(),
    title: String(b.title),
    person_id: b.person_id == null ? null : Number(b.person_id),
    organization_id: b.organization_id == null ? null : Number(b.organization_id),
    label_ids: Array.isArray(b.label_ids) ? (b.label_ids as string[]) : [],
    source_name: 'API',
    origin: 'API',
    add_time: state.now(),
  };
  state.leads.set(lead.id, lead);
  return ok(201, lead);
}

/**
 * `POST /v1/notes` (docs/crm/pipedrive.md §10): `content` is required, and so is one of the ids it
 * attaches to, each of which must exist; 200 with the note.
 */
export function addNote(state: CompanyState, req: ApiRequest): RawResponse {
  const b = record(req.body) ?? {};
  if (typeof b.content !== 'string' || b.content.trim() === '')
    return badRequest('Validation failed: content: Required');
  const personId = b.person_id == null ? null : Number(b.person_id);
  const orgId = b.org_id == null ? null : Number(b.org_id);
  const dealId = b.deal_id == null ? null : Number(b.deal_id);
  const leadId = typeof b.lead_id === 'string' ? b.lead_id : null;
  if (personId === null && orgId === null && dealId === null && leadId === null) {
    return badRequest('One of lead_id, deal_id, person_id or org_id is required');
  }
  if (personId !== null && !state.persons.has(personId))
    return badRequest(`Person ${JSON.stringify(b.person_id)} not found`);
  if (orgId !== null && !state.organizations.has(orgId))
    return badRequest(`Organization ${JSON.stringify(b.org_id)} not found`);
  if (leadId !== null && !state.leads.has(leadId)) return badRequest(`Lead ${leadId} not found`);
  if (dealId !== null) return badRequest(`Deal ${dealId} not found`);
  const at = state.now();
  const note: Note = {
    id: state.newId(),
    content: b.content,
    person_id: personId,
    lead_id: leadId,
    org_id: orgId,
    deal_id: null,
    active_flag: true,
    add_time: at,
    update_time: at,
  };
  state.notes.set(note.id, note);
  return ok(200, note);
}

export function leadById(state: CompanyState, id: string): RawResponse {
  const lead = state.leads.get(id);
  return lead ? ok(200, lead) : notFound('Lead not found');
}
