import type { integrationsChannels } from '../../contract/integrations';
import type { webhookChannels } from '../../contract/webhook';
import type { Db } from '../db/connection';
import type { EventBus } from '../events';
import type { Clock } from '../ports';
import type { HandlerSlice } from '../rpc/handlers';
import type { Vault } from '../vault/vault';
import { activecampaignHandlers } from './activecampaign/handlers';
import type { LookupHttpFactory } from './fetch-http-client';
import { integrationsHandlers, type IntegrationDispatchPort } from './handlers';
import { createIntegrationsRepository } from './repository';
import { webhookHandlers } from './webhook/handlers';

export interface IntegrationsCoreOptions {
  /**
   * HttpClients for the wizard's lookups (check connection, lists, fields, preview reads).
   * Defaults to the dispatch engine's, which shares its per-account rate limiter; tests may
   * pass their own.
   */
  lookupHttp?: LookupHttpFactory;
}

/** Everything the contract's `integrations:*` and `activecampaign:*` channels need. */
export function integrationsSlice(deps: {
  db: Db;
  vault: Vault;
  clock: Clock;
  events: EventBus;
  lookupHttp: LookupHttpFactory;
  dispatch: IntegrationDispatchPort;
}): HandlerSlice<keyof typeof integrationsChannels | keyof typeof webhookChannels> {
  const repo = createIntegrationsRepository(deps.db, deps.clock);
  const ac = activecampaignHandlers({ ...deps, repo, lookupHttp: deps.lookupHttp });
  const webhook = webhookHandlers({ ...deps, repo });
  const generic = integrationsHandlers({
    ...deps,
    repo,
    verifiers: { activecampaign: ac.verify, webhook: webhook.verify },
  });
  return { ...generic, ...ac.handlers, ...webhook.handlers };
}
