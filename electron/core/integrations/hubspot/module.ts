import { defineConnector } from '../connector-module';
import { hubspotConnector } from './connector';
import { hubspotHandlers } from './handlers';
import { hubspotOAuthProvider } from './oauth-provider';
import { hubspotConfigView } from './view';

/** HubSpot: a private app token or a sign-in with the agency's HubSpot app (docs/crm/hubspot.md). */
export const hubspotModule = defineConnector({
  type: 'hubspot',
  connector: hubspotConnector,
  view: (row) => hubspotConfigView(row.config),
  oauthProvider: hubspotOAuthProvider,
  mount: (deps) => hubspotHandlers(deps),
});
