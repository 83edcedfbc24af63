import type { NormalizedLead } from './validation';

/** The `leads` columns every reader of a stored lead selects. */
export interface LeadColumns {
  full_name: string;
  email: string;
  phone: string | null;
  phone_e164: string | null;
  company: string | null;
  cnpj: string | null;
  job_title: string | null;
  city: string | null;
  state: string | null;
  source: string | null;
  utm: string | null;
  custom: string | null;
}

/** A JSON column, or `fallback` when it is empty or damaged: one bad row must not break a page. */
export function parseJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** A `utm` / `custom` column as a string map, whatever older versions wrote there. */
export function stringMap(text: string | null): Record<string, string> {
  const value = parseJson<unknown>(text, null);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = String(v);
  return out;
}

/** The stored lead's fields as validation produced them. */
export function normalizedFromRow(row: LeadColumns): NormalizedLead {
  return {
    fullName: row.full_name,
    email: row.email,
    emailKey: row.email.toLowerCase(),
    phone: row.phone,
    phoneE164: row.phone_e164,
    company: row.company,
    cnpj: row.cnpj,
    jobTitle: row.job_title,
    city: row.city,
    state: row.state,
    source: row.source,
    utm: stringMap(row.utm),
    custom: stringMap(row.custom),
  };
}
