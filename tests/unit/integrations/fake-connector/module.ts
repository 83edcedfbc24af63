import { z } from 'zod';
import { AppError } from '../../../../electron/core/errors';
import {
  ConnectorError,
  GUIDE_RETRY_SCHEDULE,
  type Connector,
  type IntegrationType,
} from '../../../../electron/core/integrations/connector';
import { defineConnector, type ConfigViewOf } from '../../../../electron/core/integrations/connector-module';

/** A fifth kind of integration, declared from the test tree alone: it posts each lead to a URL. */
export const FAKE_TYPE = 'fake-crm' as IntegrationType;

const configSchema = z.object({ url: z.url() });
type FakeConfig = z.infer<typeof configSchema>;

const fakeConnector: Connector<FakeConfig> = {
  type: FAKE_TYPE,
  configSchema,
  rateLimitKey: (config) => new URL(config.url).host,
  rateLimit: { perSecond: 10, burst: 2 },
  retrySchedule: GUIDE_RETRY_SCHEDULE,
  async send(ctx) {
    const res = await ctx.http.request({
      method: 'POST',
      url: ctx.config.url,
      json: { email: ctx.lead.email, score: ctx.lead.score },
      label: 'post lead',
    });
    if (res.status >= 500) throw new ConnectorError('transient', `The fake CRM answered ${res.status}.`);
    const { id } = z.object({ id: z.string() }).parse(res.json());
    ctx.note(`record ${id} created`);
    return { remoteId: id };
  },
};

export const verified: string[] = [];

export const fakeModule = defineConnector({
  type: FAKE_TYPE,
  connector: fakeConnector,
  view: (row) => configSchema.parse(row.config) as unknown as ConfigViewOf<IntegrationType>,
  mount: () => ({
    handlers: {},
    verify(row) {
      verified.push(row.id);
      if (!configSchema.safeParse(row.config).success) {
        return Promise.reject(new AppError('invalid_input', 'The fake CRM needs a URL.'));
      }
      return Promise.resolve();
    },
  }),
});
