import type { AppErrorPayload } from '#contract';
import { useCrmErrorText } from '../shared/crm-error-text';

/** What the user reads for a Pipedrive channel's failure; a user without the needed rights gets its own words. */
export function usePipedriveErrorText(): (error: AppErrorPayload) => string {
  return useCrmErrorText('pipedriveWizard', { forbidden: 'errors.forbidden' });
}
