import type { OutputOf } from '#contract';
import { getApi } from '../../../api';
import type { OAuthSignInCalls } from '../shared/use-oauth-sign-in';
import { usePipedriveWizard } from './store';

/** "Sign in with Pipedrive"; the company and user it answers are shown on the connect step. */
export const pipedriveSignIn: OAuthSignInCalls<OutputOf<'pipedrive:completeOAuth'>> = {
  start: () => {
    const draft = usePipedriveWizard.getState().draft;
    return draft ? getApi().invoke('pipedrive:startOAuth', { clientId: draft.clientId, apiUrl: draft.apiUrl }) : null;
  },
  complete: (flowId) => getApi().invoke('pipedrive:completeOAuth', { flowId }),
  connected: async (done) => {
    const { connectionId, apiUrl, companyId, companyDomain, user } = done;
    // The sign-in names the company by its domain; users/me also knows its display name.
    const checked = await getApi().invoke('pipedrive:checkConnection', { connectionId, apiUrl });
    const companyName = checked.ok ? checked.value.companyName : done.companyName;
    usePipedriveWizard.getState().patch({
      connectionId,
      apiUrl,
      account: { companyId, companyName, domain: companyDomain, user },
    });
  },
};
