import { ConnectorError, outcome } from '../connector';
import { acDetails, isDuplicate } from './errors';
import type { AcSendSession } from './session';
import { companyWanted, testCompanySkipped } from '../shared/test-lead-options';

/** AC allows one account per contact and says so with a 422 (docs/crm/activecampaign.md §5). */
function alreadyLinked(err: ConnectorError): boolean {
  if (err.status !== 422) return false;
  return (acDetails(err)?.errors ?? []).some(
    (e) =>
      /multiple accounts/i.test(`${e.title ?? ''} ${e.detail ?? ''}`) ||
      (e.code === 'field_invalid' && e.attribute === 'contact'),
  );
}

async function resolveAccount(s: AcSendSession, company: string, fresh: boolean): Promise<string> {
  if (fresh) s.cache.forget('account', company);
  const hit = s.cache.get('account', company);
  if (hit !== undefined) return hit;
  const found = await s.api.findAccount(company);
  if (found) {
    s.cache.set('account', found.name, found.id);
    return found.id;
  }
  try {
    const created = await s.api.createAccount(company);
    s.cache.set('account', company, created.id);
    s.ctx.note(`Account "${company}" did not exist in ActiveCampaign and ${outcome(s.ctx, 'created')}.`);
    return created.id;
  } catch (err) {
    if (!(err instanceof ConnectorError) || !isDuplicate(err)) throw err;
    const again = await s.api.findAccount(company);
    if (!again) throw err;
    s.cache.set('account', again.name, again.id);
    return again.id;
  }
}

/** Company → Organization: find or create the AC account, then link the contact to it. */
export async function accountStep(s: AcSendSession): Promise<void> {
  const company = s.config.mapping.companyToAccount ? (s.ctx.lead.company?.trim() ?? '') : '';
  if (company === '' || s.done('account')) return;
  if (!companyWanted(s.ctx)) {
    s.ctx.note(testCompanySkipped(company, 'account', 'ActiveCampaign'));
    return;
  }
  s.checkpoint();
  await s.collect(async () => {
    const result = await s.withFreshIdsOn404(
      async (fresh) => {
        const accountId = await resolveAccount(s, company, fresh);
        try {
          await s.api.linkAccount(accountId, s.contactId(), company, s.ctx.lead.jobTitle);
          return { account: accountId, outcome: 'linked' };
        } catch (err) {
          if (!(err instanceof ConnectorError) || !alreadyLinked(err)) throw err;
          s.ctx.note(
            `The contact already belongs to an ActiveCampaign account; it keeps that account and was not linked to "${company}".`,
          );
          return { account: accountId, outcome: 'kept_existing' };
        }
      },
      (err) =>
        new ConnectorError('permanent', `The contact was not linked to the account "${company}": ${err.message}`, {
          status: err.status,
          details: { ...acDetails(err), reason: 'account_unavailable' },
        }),
    );
    s.record('account', result);
  });
}
