import { validateCnpj } from '../../leads/validation/cnpj';
import { validateEmail } from '../../leads/validation/email';
import type { DispatchLead } from '../connector';
import { splitFullName } from '../shared/name-split';

/** A JSON value as the template renderer produces it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type PlaceholderType = 'string' | 'number' | 'boolean' | 'object' | 'string_or_null' | 'number_or_null';

/** Every placeholder a template may use, with the JSON type it becomes when it is a whole string. */
export const PLACEHOLDERS: ReadonlyArray<{ path: string; type: PlaceholderType }> = [
  { path: 'lead', type: 'object' },
  { path: 'lead.id', type: 'string' },
  { path: 'lead.fullName', type: 'string' },
  { path: 'lead.firstName', type: 'string' },
  { path: 'lead.lastName', type: 'string' },
  { path: 'lead.email', type: 'string' },
  { path: 'lead.phone', type: 'string_or_null' },
  { path: 'lead.phoneE164', type: 'string_or_null' },
  { path: 'lead.company', type: 'string_or_null' },
  { path: 'lead.cnpj', type: 'string_or_null' },
  { path: 'lead.jobTitle', type: 'string_or_null' },
  { path: 'lead.city', type: 'string_or_null' },
  { path: 'lead.state', type: 'string_or_null' },
  { path: 'lead.source', type: 'string_or_null' },
  { path: 'lead.utm', type: 'object' },
  { path: 'lead.utm.<key>', type: 'string_or_null' },
  { path: 'lead.custom', type: 'object' },
  { path: 'lead.custom.<key>', type: 'string_or_null' },
  { path: 'lead.receivedAt', type: 'string' },
  { path: 'lead.isTest', type: 'boolean' },
  { path: 'lead.validation', type: 'object' },
  { path: 'lead.validation.email.valid', type: 'boolean' },
  { path: 'lead.validation.email.kind', type: 'string_or_null' },
  { path: 'lead.validation.phone.valid', type: 'boolean' },
  { path: 'lead.validation.cnpj.valid', type: 'boolean' },
  { path: 'score', type: 'number_or_null' },
  { path: 'scoreRange', type: 'string_or_null' },
  { path: 'qualified', type: 'boolean' },
  { path: 'client.id', type: 'string' },
  { path: 'client.name', type: 'string' },
  { path: 'integration.id', type: 'string' },
  { path: 'dispatch.id', type: 'string' },
];

const FIXED = new Set(PLACEHOLDERS.filter((p) => !p.path.endsWith('<key>')).map((p) => p.path));
const MAP_KEY = /^lead\.(utm|custom)\.([A-Za-z0-9_.-]{1,64})$/;

/** Whether a template may name this path (checked at save time, so a typo never reaches a receiver). */
export function isKnownPlaceholder(path: string): boolean {
  return FIXED.has(path) || MAP_KEY.test(path);
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** The known placeholder a mistyped one most likely meant (two edits at most), if any. */
export function suggestPlaceholder(path: string): string | null {
  let best: { path: string; distance: number } | null = null;
  for (const known of FIXED) {
    const distance = editDistance(path.toLowerCase(), known.toLowerCase());
    if (distance <= 2 && (best === null || distance < best.distance)) best = { path: known, distance };
  }
  return best?.path ?? null;
}

export interface TemplateContext {
  lead: DispatchLead;
  client: { id: string; name: string };
  integrationId: string;
  dispatchId: string;
}

/**
 * Flags from the lead's own values. The client's e-mail allowlist is not known here, so an
 * allowlisted free domain still says `free`; the lead was qualified with the allowlist applied.
 */
function validationFlags(lead: DispatchLead): JsonValue {
  const email = validateEmail(lead.email);
  return {
    email: { valid: email.valid, kind: email.kind },
    phone: { valid: lead.phoneE164 !== null },
    cnpj: { valid: lead.cnpj !== null && validateCnpj(lead.cnpj).valid },
  };
}

/** The document placeholders are read from; built once per send. */
export function templateRoot(ctx: TemplateContext): { [key: string]: JsonValue } {
  const { lead } = ctx;
  return {
    lead: {
      id: lead.id,
      fullName: lead.fullName,
      // Split the same way every connector splits it (shared/name-split.ts).
      ...splitFullName(lead.fullName),
      email: lead.email,
      phone: lead.phone,
      phoneE164: lead.phoneE164,
      company: lead.company,
      cnpj: lead.cnpj,
      jobTitle: lead.jobTitle,
      city: lead.city,
      state: lead.state,
      source: lead.source,
      utm: { ...lead.utm },
      custom: { ...lead.custom },
      receivedAt: new Date(lead.receivedAt).toISOString(),
      isTest: lead.isTest,
      validation: validationFlags(lead),
    },
    score: lead.score,
    scoreRange: lead.scoreRange,
    qualified: lead.qualified,
    client: { id: ctx.client.id, name: ctx.client.name },
    integration: { id: ctx.integrationId },
    dispatch: { id: ctx.dispatchId },
  };
}

/** The value at a known path; a utm or custom key the lead lacks is null. */
export function lookup(root: { [key: string]: JsonValue }, path: string): JsonValue {
  const map = MAP_KEY.exec(path);
  if (map) {
    const bag = (root.lead as { [key: string]: JsonValue })[map[1] as string] as { [key: string]: JsonValue };
    return Object.hasOwn(bag, map[2] as string) ? (bag[map[2] as string] ?? null) : null;
  }
  let current: JsonValue = root;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current) || !Object.hasOwn(current, part)) {
      return null;
    }
    current = current[part] ?? null;
  }
  return current;
}
