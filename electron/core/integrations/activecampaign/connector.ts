import {
  ConnectorError,
  GUIDE_RETRY_SCHEDULE,
  type Connector,
  type RateLimitPolicy,
  type SendContext,
} from '../connector';
import { createAcApi } from './api-client';
import { createAcBulkSender } from './bulk/sender';
import { acConfigSchema, type AcConfig } from './config';
import { sharedAcIdCaches, type AcIdCache } from './id-cache';
import { AcSendSession, ContactGoneError } from './session';
import { accountStep } from './step-account';
import { contactStep } from './step-contact';
import { fieldsStep } from './step-fields';
import { importedFollowUp, IMPORTED_STEP } from './step-imported';
import { listsStep } from './step-lists';
import { tagsStep } from './step-tags';
import { accountKeyOf } from './url';

/**
 * AC allows 5 requests per second per account, shared by every key and app on it (docs/crm/activecampaign.md §10).
 * Evenly spaced at 4 per second, no window of one second ever holds more than 5, whatever the
 * alignment of AC's window, which leaves the account a little room for its other users.
 */
export const AC_RATE_LIMIT: RateLimitPolicy = { perSecond: 4, burst: 1, remoteLimit: 5 };

/** The secret's name in `SendContext.secret()`. */
export const AC_SECRET = 'apiKey';

async function runSteps(s: AcSendSession): Promise<void> {
  s.problems.length = 0;
  // Sent by a bulk import already: only what the import could not do is left.
  if (s.ctx.steps.get(IMPORTED_STEP)) return importedFollowUp(s);
  await contactStep(s);
  await tagsStep(s);
  await listsStep(s);
  await fieldsStep(s);
  await accountStep(s);
}

/**
 * One lead → contact/sync, tags, lists, custom fields check, account. Every side effect is
 * recorded in `ctx.steps` (keyed by the contact it acted on) as soon as AC confirms it, so a
 * retry resumes after the last confirmed step and repeats nothing.
 */
export function createActivecampaignConnector(
  deps: { cacheFor?: (accountKey: string) => AcIdCache } = {},
): Connector<AcConfig> {
  const cacheFor = deps.cacheFor ?? ((key: string) => sharedAcIdCaches.for(key));
  return {
    type: 'activecampaign',
    configSchema: acConfigSchema,
    rateLimitKey: (config) => accountKeyOf(config.apiUrl),
    rateLimit: AC_RATE_LIMIT,
    retrySchedule: GUIDE_RETRY_SCHEDULE,
    bulk: createAcBulkSender({ cacheFor, secretName: AC_SECRET }),
    async send(ctx: SendContext<AcConfig>) {
      const api = createAcApi({ http: ctx.http, apiUrl: ctx.config.apiUrl, apiKey: ctx.secret(AC_SECRET) });
      const s = new AcSendSession(ctx, api, cacheFor(accountKeyOf(ctx.config.apiUrl)));
      try {
        await runSteps(s);
      } catch (err) {
        if (!(err instanceof ContactGoneError)) throw err;
        // Deleted in AC since it was synced: sync again, then every step for the new contact.
        ctx.note('The contact had been deleted in ActiveCampaign since it was synced; it was synced again.');
        ctx.steps.set('contact', null);
        try {
          await runSteps(s);
        } catch (again) {
          if (!(again instanceof ContactGoneError)) throw again;
          throw new ConnectorError(
            'permanent',
            'The contact keeps disappearing from ActiveCampaign while it is updated.',
            {
              details: { reason: 'contact_gone' },
            },
          );
        }
      }
      const contactId = s.contactId();
      if (s.problems.length > 0) {
        throw new ConnectorError(
          'permanent',
          `The contact ${ctx.lead.email} was synced (ActiveCampaign id ${contactId}), but: ${s.problems.join(' ')}`,
          { details: { reason: 'partial', contactId, problems: [...s.problems] } },
        );
      }
      return { remoteId: contactId };
    },
  };
}

export const activecampaignConnector: Connector<AcConfig> = createActivecampaignConnector();
