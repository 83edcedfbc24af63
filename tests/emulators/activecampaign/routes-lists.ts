import type { ApiRequest, ApiResponse, Route } from './api';
import { badRequest, fieldError, noResult, notFound, requiredField } from './errors';
import { contactJson, contactListJson, listJson } from './serialize';
import type { ContactListStatus, ListRecord } from './types';
import { applyAttrFilters, applyAttrOrder, asId, isRecord, paginate } from './util';

/** GET /lists: archived lists are left out, as the AC UI does. */
function listLists(req: ApiRequest): ApiResponse {
  const q = req.query;
  const valueOf = (l: ListRecord): string => l.name;
  let lists = [...req.state.lists.values()].filter((l) => !l.archived);
  lists = applyAttrFilters(lists, q, 'name', valueOf);
  lists = applyAttrOrder(lists, q.get('orders[name]'), q.get('filters[name]') ?? q.get('filters[name][eq]'), valueOf);
  const page = paginate(lists, q, { defaultLimit: 20, maxLimit: 100 });
  return { status: 200, body: { lists: page.items.map((l) => listJson(req.apiUrl, l)), meta: { total: page.total } } };
}

function getList(req: ApiRequest): ApiResponse {
  const id = req.params.id ?? '';
  const list = req.state.lists.get(id);
  return list ? { status: 200, body: { list: listJson(req.apiUrl, list) } } : noResult('List', id);
}

/**
 * POST /lists: 201 with the list. AC requires `name`, `stringid`, `sender_url` and `sender_reminder`;
 * a `stringid` already in use is refused with 422 `duplicate` (the emulator's reading: the reference
 * documents no error body for this call).
 */
function createList(req: ApiRequest): ApiResponse {
  const envelope = isRecord(req.body) && isRecord(req.body.list) ? req.body.list : undefined;
  if (!envelope) return badRequest();
  for (const attr of ['name', 'stringid', 'sender_url', 'sender_reminder']) {
    const value = envelope[attr];
    if (typeof value !== 'string' || value.trim() === '') return requiredField(attr);
  }
  const name = String(envelope.name).trim();
  const stringid = String(envelope.stringid);
  if ([...req.state.lists.values()].some((l) => l.stringid === stringid)) {
    return fieldError('duplicate', 'stringid', 'A list with this stringid already exists.');
  }
  const list = req.state.createList(name);
  list.stringid = stringid;
  return { status: 201, body: { list: listJson(req.apiUrl, list) } };
}

function asStatus(value: unknown): ContactListStatus | undefined {
  const s = asId(value);
  return s === '1' || s === '2' ? s : undefined;
}

/**
 * POST /contactLists answers 200, not 201. The spec's only declared error
 * is 400 `{}`; the 404s and the archived-list 422 are the emulator's
 * stand-ins for the "list not found / not active" troubleshooting cases.
 */
function subscribe(req: ApiRequest): ApiResponse {
  const envelope = isRecord(req.body) && isRecord(req.body.contactList) ? req.body.contactList : undefined;
  if (!envelope) return badRequest();
  const listId = asId(envelope.list);
  const contactId = asId(envelope.contact);
  const status = asStatus(envelope.status);
  if (listId === undefined || contactId === undefined || status === undefined) return badRequest();

  const contact = req.state.contacts.get(contactId);
  if (!contact) return notFound('Contact not found');
  const list = req.state.lists.get(listId);
  if (!list) return notFound('List not found');
  if (list.archived) {
    return fieldError('field_invalid', 'list', 'The list is archived and cannot accept new contacts.');
  }
  const sourceid = asId(envelope.sourceid) ?? '0';
  const membership = req.state.subscribe(contact.id, list.id, status, sourceid);
  return {
    status: 200,
    body: {
      contacts: [
        contactJson(
          req.apiUrl,
          contact,
          req.state.fieldValues.ofContact(contact.id).map((fv) => fv.id),
        ),
      ],
      contactList: contactListJson(req.apiUrl, membership, contact),
    },
  };
}

export const listRoutes: Route[] = [
  { method: 'GET', pattern: '/lists', handler: listLists },
  { method: 'POST', pattern: '/lists', handler: createList },
  { method: 'GET', pattern: '/lists/:id', handler: getList },
  { method: 'POST', pattern: '/contactLists', handler: subscribe },
];
