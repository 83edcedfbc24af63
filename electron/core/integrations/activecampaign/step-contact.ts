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
 * POST /contact/sync (an upsert by e-mail) with names, phone and custom field values in one call.
 * Recorded as soon as AC answers, so a later failure never syncs the contact twice.
 */
export async function contactStep(s: AcSendSession): Promise<void> {
  if (s.ctx.steps.get<ContactStep | null>('contact')) return;
  const fields = resolvedFields(s);
  const synced = await s.api.syncContact(contactBody(s.config, s.ctx.lead, fields));
  const step: ContactStep = {
    id: synced.id,
    unconfirmed: fields.filter((f) => !synced.writtenFieldIds.has(f.id)).map(({ id, title }) => ({ id, title })),
  };
  s.ctx.steps.set('contact', step);
}
