import type { BulkSender, DispatchLead } from '../../connector';
import type { AcConfig } from '../config';
import type { AcIdCache } from '../id-cache';
import { accountKeyOf } from '../url';
import { importStatus, postImport } from './api';
import { accountFollowUp, importEntry } from './entry';
import { prepareImport } from './prepare';

/** "Up to 250 contacts may be included in a single request. The suggested minimum … is 10." (§14) */
export const AC_IMPORT_MAX = 250;
export const AC_IMPORT_MIN = 10;

/**
 * ActiveCampaign's bulk import as a `BulkSender` (docs/crm/activecampaign.md §14): the same
 * mapping as the per-contact path, in requests of up to 250 contacts.
 */
export function createAcBulkSender(deps: {
  cacheFor: (accountKey: string) => AcIdCache;
  secretName: string;
}): BulkSender<AcConfig> {
  const cacheOf = (config: AcConfig): AcIdCache => deps.cacheFor(accountKeyOf(config.apiUrl));
  return {
    words: { request: 'import', remote: 'ActiveCampaign' },
    minBatch: AC_IMPORT_MIN,
    maxBatch: AC_IMPORT_MAX,
    perMinute: 100,
    unsupported(config) {
      // "Contacts may not be subscribed to lists which they have previously unsubscribed from."
      return config.resubscribeUnsubscribed && config.lists.length > 0
        ? 'The integration re-subscribes contacts who unsubscribed, which an import cannot do.'
        : null;
    },
    key: (lead: DispatchLead) => lead.email.trim().toLowerCase(),
    prepare: (ctx) => prepareImport(ctx, ctx.secret(deps.secretName), cacheOf(ctx.config)),
    entry: (config, lead) => importEntry(config, lead, cacheOf(config)),
    submit(ctx, leads) {
      const cache = cacheOf(ctx.config);
      const target = { http: ctx.http, apiUrl: ctx.config.apiUrl, apiKey: ctx.secret(deps.secretName) };
      return postImport(
        target,
        leads.map((lead) => importEntry(ctx.config, lead, cache)),
      );
    },
    status(ctx, remoteId) {
      return importStatus({ http: ctx.http, apiUrl: ctx.config.apiUrl, apiKey: ctx.secret(deps.secretName) }, remoteId);
    },
    followUp: (config, lead) =>
      accountFollowUp(config, lead)
        ? `The import cannot give the account link a job title, so the contact is linked to "${lead.company?.trim() ?? ''}" with the title "${lead.jobTitle?.trim() ?? ''}" after it.`
        : null,
  };
}
