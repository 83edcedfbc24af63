import { z } from 'zod';
import type { ApiRequest, ApiResponse, Route } from './api';
import { fieldError, missingAttribute, noResult, notFound, requiredField } from './errors';
import { contactTagJson, tagJson } from './serialize';
import type { TagRecord } from './types';
import { applyAttrFilters, applyAttrOrder, asId, isRecord, matchesOp, paginate } from './util';

const TagBody = z.object({
  tag: z.object({
    tag: z.string().trim().min(1).optional(),
    tagType: z.string().optional(),
    description: z.string().nullish(),
  }),
});

/**
 * GET /tags. `search` is a *contains* match (case- and accent-insensitive),
 * so "lead" also returns "qualified-lead": clients must compare names
 * themselves or use `filters[search][eq]`.
 */
function listTags(req: ApiRequest): ApiResponse {
  const q = req.query;
  const valueOf = (t: TagRecord): string => t.tag;
  let tags = [...req.state.tags.values()];
  const search = q.get('search');
  if (search !== null) tags = tags.filter((t) => matchesOp(t.tag, 'contains', search));
  tags = applyAttrFilters(tags, q, 'search', valueOf);
  tags = applyAttrOrder(tags, q.get('orders[search]'), search ?? q.get('filters[search][eq]'), valueOf);
  const page = paginate(tags, q, { defaultLimit: 20, maxLimit: 100 });
  return { status: 200, body: { tags: page.items.map((t) => tagJson(req.apiUrl, t)), meta: { total: page.total } } };
}

function getTag(req: ApiRequest): ApiResponse {
  const id = req.params.id ?? '';
  const tag = req.state.tags.get(id);
  return tag ? { status: 200, body: { tag: tagJson(req.apiUrl, tag) } } : noResult('Tag', id);
}

function createTag(req: ApiRequest): ApiResponse {
  const parsed = TagBody.safeParse(req.body);
  const input = parsed.success ? parsed.data.tag : undefined;
  if (input?.tag === undefined) return requiredField('tag');
  const tagType = input.tagType ?? 'contact';
  if (tagType !== 'contact' && tagType !== 'template') {
    return fieldError('field_invalid', 'tagType', 'The tagType must be one of: contact, template.');
  }
  if (req.state.findTagByName(input.tag)) {
    return fieldError('duplicate', 'tag', 'The tag name already exists.');
  }
  const tag = req.state.createTag(input.tag, tagType, input.description ?? '');
  return { status: 201, body: { tag: tagJson(req.apiUrl, tag) } };
}

/** POST /contactTags: 201, also when the tag is already on the contact. */
function addContactTag(req: ApiRequest): ApiResponse {
  const envelope = isRecord(req.body) && isRecord(req.body.contactTag) ? req.body.contactTag : {};
  const contactId = asId(envelope.contact);
  if (contactId === undefined) return missingAttribute('contact');
  const tagId = asId(envelope.tag);
  if (tagId === undefined) return missingAttribute('tag');
  if (!req.state.contacts.has(contactId)) return notFound('Contact not found');
  if (!req.state.tags.has(tagId)) return notFound('Tag not found');
  const link = req.state.attachTag(contactId, tagId);
  return { status: 201, body: { contactTag: contactTagJson(req.apiUrl, link) } };
}

function removeContactTag(req: ApiRequest): ApiResponse {
  const id = req.params.id ?? '';
  if (!req.state.contactTags.delete(id)) return noResult('ContactTag', id);
  return { status: 200, body: {} };
}

export const tagRoutes: Route[] = [
  { method: 'GET', pattern: '/tags', handler: listTags },
  { method: 'POST', pattern: '/tags', handler: createTag },
  { method: 'GET', pattern: '/tags/:id', handler: getTag },
  { method: 'POST', pattern: '/contactTags', handler: addContactTag },
  { method: 'DELETE', pattern: '/contactTags/:id', handler: removeContactTag },
];
