import { defineConnector } from '../connector-module';
import { pipedriveConfigView } from './config';
import { pipedriveConnector } from './connector';
import { pipedriveHandlers } from './handlers';
import { pipedriveOAuthProvider } from './oauth-provider';

/** Pipedrive: a personal API token or a sign-in with the agency's Pipedrive app (docs/crm/pipedrive.md). */
export const pipedriveModule = defineConnector({
  type: 'pipedrive',
  connector: pipedriveConnector,
  view: (row) => pipedriveConfigView(row.config),
  oauthProvider: pipedriveOAuthProvider,
  mount: (deps) => pipedriveHandlers(deps),
});
