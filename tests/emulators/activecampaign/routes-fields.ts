import { z } from 'zod';
import type { ApiRequest, ApiResponse, Route } from './api';
import { errorsResponse, fieldError, notFound, requiredField } from './errors';
import { fieldJson, fieldRelJson } from './serialize';
import { FIELD_TYPES, type FieldRecord, type FieldType } from './types';
import { applyAttrFilters, asId, isRecord, paginate } from './util';

const FieldBody = z.object({
  field: z.object({
    title: z.string().trim().min(1).optional(),
    type: z.string().optional(),
    descript: z.string().nullish(),
    perstag: z.string().trim().min(1).nullish(),
    defval: z.string().nullish(),
    visible: z.union([z.boolean(), z.number(), z.string()]).optional(),
  }),
});

function isFieldType(value: string): value is FieldType {
  return (FIELD_TYPES as readonly string[]).includes(value);
}

/** GET /fields: here `limit` defaults to 100 (the spec's value), not 20. */
function listFields(req: ApiRequest): ApiResponse {
  let fields = [...req.state.fields.values()];
  const perstag = req.query.get('filters[perstag]');
  if (perstag !== null) fields = fields.filter((f) => f.perstag.toUpperCase() === perstag.toUpperCase());
  fields = applyAttrFilters(fields, req.query, 'title', (f: FieldRecord) => f.title);
  const page = paginate(fields, req.query, { defaultLimit: 100, maxLimit: 100 });
  const ids = new Set(page.items.map((f) => f.id));
  const rels = [...req.state.fieldRels.values()].filter((r) => ids.has(r.field));
  return {
    status: 200,
    body: {
      fieldOptions: [],
      fieldRels: rels.map(fieldRelJson),
      fields: page.items.map((f) => fieldJson(req.apiUrl, f)),
      meta: { total: page.total },
    },
  };
}

function createField(req: ApiRequest): ApiResponse {
  const parsed = FieldBody.safeParse(req.body);
  const input = parsed.success ? parsed.data.field : undefined;
  if (input?.title === undefined) return requiredField('title');
  if (input.type === undefined) return requiredField('type');
  if (!isFieldType(input.type)) {
    return fieldError('field_invalid', 'type', `The type must be one of: ${FIELD_TYPES.join(', ')}.`);
  }
  if (req.state.findFieldByTitle(input.title)) {
    // Exactly the spec's body: note it has no `source` and no `status`.
    return errorsResponse(422, [
      {
        title: 'There is already a field with this title',
        detail: `There is already a field named '${input.title}' -- choose another name`,
        code: 'duplicate',
      },
    ]);
  }
  const visible = input.visible === undefined ? true : !['0', 'false', 0, false].includes(input.visible);
  const field = req.state.createField({
    title: input.title,
    type: input.type,
    perstag: input.perstag ?? undefined,
    descript: input.descript ?? '',
    defval: input.defval ?? '',
    visible,
  });
  return { status: 201, body: { field: fieldJson(req.apiUrl, field) } };
}

/** POST /fieldRels: `relid` 0 means "all lists". */
function createFieldRel(req: ApiRequest): ApiResponse {
  const envelope = isRecord(req.body) && isRecord(req.body.fieldRel) ? req.body.fieldRel : {};
  const fieldId = asId(envelope.field);
  if (fieldId === undefined) return requiredField('field');
  if (!req.state.fields.has(fieldId)) return notFound('Field not found');
  const relid = asId(envelope.relid) ?? '0';
  if (relid !== '0' && !req.state.lists.has(relid)) return notFound('List not found');
  const rel = { id: req.state.nextId('fieldRel'), field: fieldId, relid, cdate: req.state.now() };
  req.state.fieldRels.set(rel.id, rel);
  return { status: 201, body: { fieldRel: fieldRelJson(rel) } };
}

export const fieldRoutes: Route[] = [
  { method: 'GET', pattern: '/fields', handler: listFields },
  { method: 'POST', pattern: '/fields', handler: createField },
  { method: 'POST', pattern: '/fieldRels', handler: createFieldRel },
];
