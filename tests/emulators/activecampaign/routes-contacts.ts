import { z } from 'zod';
import type { ApiRequest, ApiResponse, Route } from './api';
import { badRequest, fieldError, noResult } from './errors';
import { contactJson, contactTagJson, fieldValueJson, userJson } from './serialize';
import type { AcAccountState } from './state';
import type { ContactRecord } from './types';
import { fold, paginate } from './util';

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const ContactBody = z.object({
  contact: z.object({
    email: z.string().trim().min(1),
    firstName: z.string().nullish(),
    lastName: z.string().nullish(),
    phone: z.union([z.string(), z.number()]).nullish(),
    fieldValues: z.array(z.object({ field: z.union([z.string(), z.number()]), value: Scalar })).optional(),
  }),
});

type ContactBody = z.infer<typeof ContactBody>;

// Loose on purpose: AC rejects obvious garbage, not every RFC corner case.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function invalidEmail(): ApiResponse {
  // Not in docs/crm/activecampaign.md: the real API answers an unusable address with this 422.
  return fieldError('email_invalid', 'email', 'Contact Email Address is not valid.');
}

function fieldValueIdsOf(state: AcAccountState, contactId: string): string[] {
  return state.fieldValues.ofContact(contactId).map((fv) => fv.id);
}

function orUndefined(v: string | number | null | undefined): string | undefined {
  return v === null || v === undefined ? undefined : String(v);
}

/** Writes the contact and its field values; unknown field ids are skipped. */
function writeContact(req: ApiRequest, input: ContactBody['contact']): ApiResponse {
  const { state, apiUrl } = req;
  const { contact } = state.upsertContact({
    email: input.email,
    firstName: orUndefined(input.firstName),
    lastName: orUndefined(input.lastName),
    phone: orUndefined(input.phone),
  });
  const written = [];
  for (const fv of input.fieldValues ?? []) {
    const fieldId = String(fv.field);
    if (!state.fields.has(fieldId)) continue;
    const value = fv.value === null ? '' : String(fv.value);
    written.push(fieldValueJson(apiUrl, state.setFieldValue(contact.id, fieldId, value)));
  }
  return {
    status: 201,
    body: { fieldValues: written, contact: contactJson(apiUrl, contact, fieldValueIdsOf(state, contact.id)) },
  };
}

/** POST /contact/sync: upsert keyed on the e-mail, always 201 per the spec. */
function syncContact(req: ApiRequest): ApiResponse {
  const parsed = ContactBody.safeParse(req.body);
  // The spec declares only 201 and 400 `{}` here, so a bad body is a 400, not a 422.
  if (!parsed.success) return badRequest();
  if (!EMAIL.test(parsed.data.contact.email)) return invalidEmail();
  return writeContact(req, parsed.data.contact);
}

/** POST /contacts: create only; an existing e-mail is a 422 duplicate. */
function createContact(req: ApiRequest): ApiResponse {
  const parsed = ContactBody.safeParse(req.body);
  if (!parsed.success) return fieldError('field_missing', 'email', 'Contact Email Address is required.');
  if (!EMAIL.test(parsed.data.contact.email)) return invalidEmail();
  if (req.state.findContactByEmail(parsed.data.contact.email)) {
    return fieldError('duplicate', 'email', 'Email address already exists in the system');
  }
  return writeContact(req, parsed.data.contact);
}

function contactMatches(req: ApiRequest, c: ContactRecord): boolean {
  const q = req.query;
  const email = q.get('email');
  if (email !== null && c.email !== email.trim().toLowerCase()) return false;
  const like = q.get('email_like');
  if (like !== null && !fold(c.email).includes(fold(like))) return false;
  const search = q.get('search');
  if (search !== null) {
    const hay = fold([c.email, c.firstName, c.lastName, c.phone].join(' '));
    if (!hay.includes(fold(search))) return false;
  }
  const idGreater = q.get('id_greater');
  if (idGreater !== null && !(Number(c.id) > Number(idGreater))) return false;
  const tagid = q.get('tagid');
  if (tagid !== null && !req.state.contactTags.find(`${c.id}:${tagid}`)) {
    return false;
  }
  const listid = q.get('listid');
  if (listid !== null && !req.state.contactLists.find(`${c.id}:${listid}`)) {
    return false;
  }
  return true;
}

/** GET /contacts: `email` is an exact (case-insensitive) match. */
function listContacts(req: ApiRequest): ApiResponse {
  let found = [...req.state.contacts.values()].filter((c) => contactMatches(req, c));
  if ((req.query.get('orders[id]') ?? '').toUpperCase() === 'DESC') found = found.reverse();
  const page = paginate(found, req.query, { defaultLimit: 20, maxLimit: 100 });
  return {
    status: 200,
    body: {
      scoredContacts: [],
      contacts: page.items.map((c) => contactJson(req.apiUrl, c, fieldValueIdsOf(req.state, c.id))),
      meta: {
        total: page.total,
        page_input: { limit: req.query.get('limit') ?? 20, offset: req.query.get('offset') ?? 0 },
      },
    },
  };
}

function getContact(req: ApiRequest): ApiResponse {
  const id = req.params.id ?? '';
  const contact = req.state.contacts.get(id);
  if (!contact) return noResult('Subscriber', id);
  const { state, apiUrl } = req;
  const fieldValues = state.fieldValues.ofContact(id);
  const contactTags = state.contactTags.ofContact(id);
  const contactLists = state.contactLists.ofContact(id);
  return {
    status: 200,
    body: {
      contactAutomations: [],
      contactData: [],
      contactGoals: [],
      contactLists: contactLists.map((cl) => ({
        contact: cl.contact,
        list: cl.list,
        status: cl.status,
        sdate: cl.sdate,
        id: cl.id,
      })),
      contactLogs: [],
      contactTags: contactTags.map((ct) => contactTagJson(apiUrl, ct)),
      contactDeals: [],
      deals: [],
      fieldValues: fieldValues.map((fv) => fieldValueJson(apiUrl, fv)),
      geoAddresses: [],
      geoIps: [],
      contact: contactJson(
        apiUrl,
        contact,
        fieldValues.map((fv) => fv.id),
      ),
    },
  };
}

function getContactTags(req: ApiRequest): ApiResponse {
  const id = req.params.id ?? '';
  if (!req.state.contacts.has(id)) return noResult('Subscriber', id);
  const contactTags = req.state.contactTags.ofContact(id);
  return { status: 200, body: { contactTags: contactTags.map((ct) => contactTagJson(req.apiUrl, ct)) } };
}

function getContactFieldValues(req: ApiRequest): ApiResponse {
  const id = req.params.id ?? '';
  if (!req.state.contacts.has(id)) return noResult('Subscriber', id);
  const fieldValues = req.state.fieldValues.ofContact(id);
  return { status: 200, body: { fieldValues: fieldValues.map((fv) => fieldValueJson(req.apiUrl, fv)) } };
}

function me(req: ApiRequest): ApiResponse {
  return { status: 200, body: { user: userJson(req.apiUrl, req.user) } };
}

export const contactRoutes: Route[] = [
  { method: 'GET', pattern: '/users/me', handler: me },
  { method: 'POST', pattern: '/contact/sync', handler: syncContact },
  { method: 'POST', pattern: '/contacts', handler: createContact },
  { method: 'GET', pattern: '/contacts', handler: listContacts },
  { method: 'GET', pattern: '/contacts/:id', handler: getContact },
  { method: 'GET', pattern: '/contacts/:id/contactTags', handler: getContactTags },
  { method: 'GET', pattern: '/contacts/:id/fieldValues', handler: getContactFieldValues },
];
