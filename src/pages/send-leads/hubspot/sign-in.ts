import type { OutputOf } from '#contract';
import { getApi } from '../../../api';
import type { OAuthSignInCalls } from '../shared/use-oauth-sign-in';
import { useHubspotWizard } from './store';

/** "Sign in with HubSpot"; the portal and user it answers are shown on the connect step. */
export const hubspotSignIn: OAuthSignInCalls<OutputOf<'hubspot:completeOAuth'>> = {
  start: () => {
    const draft = useHubspotWizard.getState().draft;
    return draft ? getApi().invoke('hubspot:startOAuth', { clientId: draft.clientId }) : null;
  },
  complete: (flowId) => getApi().invoke('hubspot:completeOAuth', { flowId }),
  connected: ({ connectionId, portalId, hubDomain, user }) => {
    useHubspotWizard.getState().patch({ connectionId, account: { portalId, domain: hubDomain, user } });
  },
};
