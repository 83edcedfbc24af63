import type { AcSendSession, ContactStep } from './session';
import { accountStep } from './step-account';

/** Set by the dispatch engine on a lead a bulk import carried, when a per-contact step is left. */
export const IMPORTED_STEP = 'imported';

/**
 * After a bulk import (docs/crm/activecampaign.md §14) wrote the contact, its tags, lists and
 * custom fields: the contact's id, from a sync with the e-mail alone (it changes nothing), and
 * the account link with the lead's job title, which the import cannot carry.
 */
export async function importedFollowUp(s: AcSendSession): Promise<void> {
  if (!s.ctx.steps.get<ContactStep | null>('contact')) {
    const synced = await s.api.syncContact({ email: s.ctx.lead.email.trim() });
    s.ctx.steps.set('contact', { id: synced.id, unconfirmed: [], created: false } satisfies ContactStep);
  }
  await accountStep(s);
}
