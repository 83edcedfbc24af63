import { ConnectorError } from '../connector';
import { leadValue } from '../shared/lead-values';
import type { ResolvedField } from './lead-values';
import type { AcSendSession, ContactStep } from './session';
import { nameKey } from './tag-names';

/**
 * AC skips field values whose field id does not exist, without an error. When the sync did not
 * echo a value back, the fields are re-read: a field recreated under a new id gets the value again
 * (and the cache learns the id); one that exists under the same id was written; one that is gone
 * is reported, because the lead's score or CNPJ would otherwise be lost without a word.
 */
export async function fieldsStep(s: AcSendSession): Promise<void> {
  const contact = s.ctx.steps.get<ContactStep>('contact');
  if (!contact || contact.unconfirmed.length === 0 || s.done('fields')) return;
  s.checkpoint();
  await s.collect(async () => {
    const fields = await s.api.listFields();
    s.cache.replaceAll(
      'field',
      fields.map((f) => ({ name: f.title, id: f.id })),
    );
    const existing = new Set(fields.map((f) => f.id));
    const resend: ResolvedField[] = [];
    const missing: string[] = [];
    for (const u of contact.unconfirmed) {
      if (existing.has(u.id)) continue;
      const mapping = s.config.mapping.fields.find((m) => nameKey(m.field.title) === nameKey(u.title));
      const value = mapping ? leadValue(s.ctx.lead, mapping.source) : null;
      const id = s.cache.get('field', u.title);
      if (id === undefined || value === null) missing.push(u.title);
      else resend.push({ id, title: u.title, value });
    }
    if (resend.length > 0) {
      const synced = await s.api.syncContact({
        email: s.ctx.lead.email.trim(),
        fieldValues: resend.map((f) => ({ field: f.id, value: f.value })),
      });
      for (const f of resend) if (!synced.writtenFieldIds.has(f.id)) missing.push(f.title);
      s.ctx.note(
        `Custom field ids changed in ActiveCampaign; values were written again: ${resend.map((f) => `"${f.title}"`).join(', ')}.`,
      );
    }
    if (missing.length > 0) {
      const names = missing.map((t) => `"${t}"`).join(', ');
      throw new ConnectorError(
        'permanent',
        `The custom field ${names} no longer exists in ActiveCampaign, so its value was not saved. ` +
          "Pick or create the field again in the integration's field mapping.",
        { details: { reason: 'field_missing', fields: missing } },
      );
    }
    s.record('fields', { resent: resend.map((f) => f.id) });
  });
}
