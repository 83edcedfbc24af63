import { defineConnector } from '../connector-module';
import { webhookConnector } from './connector';
import { webhookHandlers } from './handlers';
import { webhookConfigView } from './view';

/** The outbound webhook: any HTTPS endpoint, every request signed (docs/webhook-signing.md). */
export const webhookModule = defineConnector({
  type: 'webhook',
  connector: webhookConnector,
  view: (row, vault) => webhookConfigView(row.config, vault),
  mount: (deps) => webhookHandlers(deps),
});
