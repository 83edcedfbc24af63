import type { AppErrorPayload } from '#contract';
import { useCrmErrorText } from '../shared/crm-error-text';

/** What the user reads for a HubSpot channel's failure; a token without a needed scope gets its own words. */
export function useHubspotErrorText(): (error: AppErrorPayload) => string {
  return useCrmErrorText('hubspotWizard', { missing_scopes: 'errors.missingScopes' });
}
