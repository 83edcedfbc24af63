import type { NormalizedLead } from './validation';

/** What people put between a phone's digits; `cleanText` has already folded every space to one. */
const PHONE_PUNCTUATION = /[ ().+/-]/g;

/**
 * Who a lead is, for the repeated-lead policies: `e:` and its lower-cased e-mail when it has one;
 * otherwise `p:` and its phone in E.164 (a WhatsApp lead); otherwise `n:` and the phone as typed
 * without punctuation, so a number too short to normalise is still recognised the next time the
 * same file is imported. Null for a lead with neither.
 *
 * The stored leads' `identity_key` column is the same rule in SQL (`LEAD_IDENTITY_SQL`).
 */
export function leadIdentity(lead: Pick<NormalizedLead, 'emailKey' | 'phoneE164' | 'phone'>): string | null {
  if (lead.emailKey !== '') return `e:${lead.emailKey}`;
  if (lead.phoneE164) return `p:${lead.phoneE164}`;
  const typed = (lead.phone ?? '').replace(PHONE_PUNCTUATION, '');
  return typed === '' ? null : `n:${typed}`;
}

/** Which part of the lead made two leads the same one. */
export function identityKind(identity: string | null): 'email' | 'phone' | null {
  if (identity === null) return null;
  return identity.startsWith('e:') ? 'email' : 'phone';
}
