import { z } from 'zod';
import { ConnectorError } from '../connector';

/**
 * What the connector needs from AC's answers, read leniently: ids may be strings or numbers,
 * extra members are ignored, and one malformed entry in a list is skipped rather than failing
 * the whole page.
 */

const id = z.union([z.string().min(1), z.number().int()]).transform(String);
const text = z
  .string()
  .nullish()
  .transform((s) => s ?? '');

export const userSchema = z.object({
  id: id.optional(),
  username: text,
  firstName: text,
  lastName: text,
  email: text,
});
export const tagSchema = z.object({ id, tag: z.string() });
export const listSchema = z.object({ id, name: z.string(), stringid: text });
export const fieldSchema = z.object({ id, title: z.string(), type: text, perstag: text });
export const accountSchema = z.object({ id, name: z.string() });
export const contactSchema = z.object({ id, email: text });
export const fieldValueSchema = z.object({ field: id, value: z.unknown().optional() });
export const contactListSchema = z.object({ list: id, status: z.union([z.string(), z.number()]).transform(String) });

export type AcUser = z.output<typeof userSchema>;
export type AcTag = z.output<typeof tagSchema>;
export type AcList = z.output<typeof listSchema>;
export type AcField = z.output<typeof fieldSchema>;
export type AcAccount = z.output<typeof accountSchema>;

export function unexpected(what: string, cause?: unknown): ConnectorError {
  return new ConnectorError('transient', `ActiveCampaign gave an unexpected answer to "${what}".`, {
    cause,
    details: { reason: 'unexpected', what },
  });
}

function member(body: unknown, key: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
}

/** `body[key]` read with `schema`; a missing or malformed one is an unexpected answer. */
export function one<S extends z.ZodType>(body: unknown, key: string, schema: S, what: string): z.output<S> {
  const parsed = schema.safeParse(member(body, key));
  if (!parsed.success) throw unexpected(what, parsed.error);
  return parsed.data;
}

/** The entries of `body[key]` that fit `schema`; a missing array reads as empty. */
export function many<S extends z.ZodType>(body: unknown, key: string, schema: S): Array<z.output<S>> {
  const raw = member(body, key);
  if (!Array.isArray(raw)) return [];
  const out: Array<z.output<S>> = [];
  for (const entry of raw) {
    const parsed = schema.safeParse(entry);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

export function metaOf(body: unknown): unknown {
  return member(body, 'meta');
}
