import { z } from 'zod';
import { ConnectorError } from '../connector';

/** What the connector reads from HubSpot's answers, leniently: extra members are ignored. */

const id = z.union([z.string().min(1), z.number().int()]).transform(String);
const text = z
  .string()
  .nullish()
  .transform((s) => s ?? '');

export const accountDetailsSchema = z.object({
  portalId: id,
  uiDomain: z.string().nullish(),
  timeZone: z.string().nullish(),
});

export const propertySchema = z.object({
  name: z.string(),
  label: text,
  type: text,
  fieldType: text,
  groupName: text,
  calculated: z.boolean().nullish(),
  modificationMetadata: z.object({ readOnlyValue: z.boolean().nullish() }).nullish(),
});
export type HubspotProperty = z.output<typeof propertySchema>;

export const objectSchema = z.object({ id, properties: z.record(z.string(), z.unknown()).nullish() });

export const upsertResultSchema = z.object({ id, new: z.boolean().nullish() });

export const standardErrorSchema = z.object({ message: text, category: text, status: text });

export const tokenInfoSchema = z.object({
  hub_id: id.nullish(),
  hub_domain: z.string().nullish(),
  user: z.string().nullish(),
  scopes: z.array(z.string()).nullish(),
});

export function unexpected(what: string, cause?: unknown): ConnectorError {
  return new ConnectorError('transient', `HubSpot gave an unexpected answer to "${what}".`, {
    cause,
    details: { reason: 'unexpected', what },
  });
}

export function read<S extends z.ZodType>(body: unknown, schema: S, what: string): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw unexpected(what, parsed.error);
  return parsed.data;
}

/** `body.results` entries that fit `schema`; a missing array reads as empty. */
export function results<S extends z.ZodType>(body: unknown, schema: S): Array<z.output<S>> {
  const raw = typeof body === 'object' && body !== null ? (body as { results?: unknown }).results : undefined;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown) => {
    const parsed = schema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export function isReadOnly(p: HubspotProperty): boolean {
  return p.calculated === true || p.modificationMetadata?.readOnlyValue === true;
}
