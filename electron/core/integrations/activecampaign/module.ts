import { acConfigInputSchema } from '#contract/activecampaign';
import { defineConnector } from '../connector-module';
import { activecampaignConnector } from './connector';
import { activecampaignHandlers } from './handlers';

/** ActiveCampaign: an API URL and key per account (docs/crm/activecampaign.md). */
export const activecampaignModule = defineConnector({
  type: 'activecampaign',
  connector: activecampaignConnector,
  view: (row) => acConfigInputSchema.parse(row.config),
  mount: (deps) => activecampaignHandlers(deps),
});
