import { ConnectorError } from '../connector';
import type { SyncedContact } from './api-client';
import { isDuplicate } from './errors';
import type { AcSendSession, ContactStep } from './session';
import { leadValue } from '../shared/lead-values';
import { contactBody, type ResolvedField } from './lead-values';

/** The mapped custom fields that have a value for this lead, with ids the cache may have corrected. */
export function resolvedFields(s: AcSendSession): ResolvedField[] {
  const out: ResolvedField[] = [];
  for (const m of s.config.mapping.fields) {
    const value = leadValue(s.ctx.lead, m.source);
    if (value === null) continue;
    out.push({ id: s.cache.get('field', m.field.title) ?? m.field.id, title: m.field.title, value });
  }
  return out;
}

/**
 * The contact with names, phone and custom field values in one call: POST /contacts, which only
 * creates, so a 201 tells the app the contact is new and has no lists to read; an e-mail already in
 * the account (422 `duplicate`) is updated with POST /contact/sync, the upsert. Recorded as soon as
 * AC answers, so a later failure never writes the contact twice (docs/crm/activecampaign.md §4).
 */
export async function contactStep(s: AcSendSession): Promise<void> {
  if (s.ctx.steps.get<ContactStep | null>('contact')) return;
  const fields = resolvedFields(s);
  const body = contactBody(s.config, s.ctx.lead, fields);
  let synced: SyncedContact;
  let created = true;
  try {
    synced = await s.api.createContact(body);
  } catch (err) {
    if (!(err instanceof ConnectorError) || !isDuplicate(err)) throw err;
    created = false;
    synced = await s.api.syncContact(body);
  }
  const step: ContactStep = {
    id: synced.id,
    unconfirmed: fields.filter((f) => !synced.writtenFieldIds.has(f.id)).map(({ id, title }) => ({ id, title })),
    created,
  };
  s.ctx.steps.set('contact', step);
}
