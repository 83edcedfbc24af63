import { z } from 'zod';
import { ConnectorError } from '../connector';

/**
 * What the connector reads from Pipedrive's answers, leniently (extra members ignored). Both API
 * versions wrap the payload as `{success, data, additional_data}` (docs/crm/pipedrive.md §7).
 */

/** Numbers on the wire; the preview's made-up answers use readable placeholders instead. */
const id = z.union([z.number().int(), z.string().min(1)]).transform(String);

/** Ids go back to Pipedrive as numbers; a preview placeholder stays as it is. */
export function numericId(value: string): number | string {
  return /^\d{1,15}$/.test(value) ? Number(value) : value;
}
const text = z
  .string()
  .nullish()
  .transform((s) => s ?? '');

export const userSchema = z.object({
  id,
  name: z.string().nullish(),
  email: z.string().nullish(),
  company_id: id,
  company_name: z.string().nullish(),
  company_domain: z.string().nullish(),
});
export type PipedriveUser = z.output<typeof userSchema>;

export const objectSchema = z.object({ id, name: text });

export const searchItemSchema = z.object({ item: z.object({ id, name: text }) });

export const fieldSchema = z.object({
  key: z.string(),
  name: text,
  field_type: text,
  /** False for built-in fields (name, email…); custom fields can be edited. */
  edit_flag: z.boolean().nullish(),
});
export type PipedriveField = z.output<typeof fieldSchema>;

export const labelSchema = z.object({ id: z.string(), name: text, color: text });
export type PipedriveLabel = z.output<typeof labelSchema>;

export const leadSchema = z.object({ id: z.string(), title: text, person_id: id.nullish() });

export function unexpected(what: string, cause?: unknown): ConnectorError {
  return new ConnectorError('transient', `Pipedrive gave an unexpected answer to "${what}".`, {
    cause,
    details: { reason: 'unexpected', what },
  });
}

function member(body: unknown, key: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
}

/** `body.data` read with `schema`. */
export function data<S extends z.ZodType>(body: unknown, schema: S, what: string): z.output<S> {
  const parsed = schema.safeParse(member(body, 'data'));
  if (!parsed.success) throw unexpected(what, parsed.error);
  return parsed.data;
}

/** Entries of an array at `body.data` (or `body.data.items` for searches) that fit `schema`. */
export function list<S extends z.ZodType>(body: unknown, schema: S, nested?: 'items'): Array<z.output<S>> {
  const inner = member(body, 'data');
  const raw = nested ? member(inner, nested) : inner;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown) => {
    const parsed = schema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** v1 offset paging (docs/crm/pipedrive.md §7): `additional_data.pagination` for most lists, flat for `/leads`. */
export function moreItems(body: unknown): { more: boolean; nextStart: number | null } {
  const extra = member(body, 'additional_data');
  const page = member(extra, 'pagination') ?? extra;
  const more = member(page, 'more_items_in_collection') === true;
  const next = member(page, 'next_start');
  const start = Number(member(page, 'start'));
  const limit = Number(member(page, 'limit'));
  const nextStart = typeof next === 'number' ? next : Number.isFinite(start + limit) ? start + limit : null;
  return { more, nextStart };
}
