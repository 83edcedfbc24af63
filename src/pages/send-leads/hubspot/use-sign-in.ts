import { getApi } from '../../../api';
import { useOAuthSignIn, type SignInState } from '../shared/use-oauth-sign-in';
import { useHubspotWizard } from './store';

/** "Sign in with HubSpot"; the portal and user it answers are shown on the connect step. */
export function useHubspotSignIn(): { state: SignInState; start: () => Promise<void>; cancel: () => void } {
  return useOAuthSignIn({
    start: () => {
      const draft = useHubspotWizard.getState().draft;
      return draft ? getApi().invoke('hubspot:startOAuth', { clientId: draft.clientId }) : null;
    },
    complete: (flowId) => getApi().invoke('hubspot:completeOAuth', { flowId }),
    connected: ({ connectionId, portalId, hubDomain, user }) => {
      useHubspotWizard.getState().patch({ connectionId, account: { portalId, domain: hubDomain, user } });
    },
  });
}
