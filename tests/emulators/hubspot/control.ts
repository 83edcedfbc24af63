/**
 * `/__emulator/*`: lets another process (Playwright, a benchmark) drive and inspect the emulator.
 * No token, no rate limit, not logged.
 */
import { z } from 'zod';
import type { RawResponse } from '../activecampaign/faults';
import { applyOAuthConfig, commonControl, OAuthConfigShape, parseControlBody } from '../shared/oauth-crm-control';
import type { CrmLogEntry } from '../shared/oauth-crm-server';
import { json } from './errors';
import type { HubspotFaults } from './faults';
import type { OAuthServer } from './oauth-server';
import type { HubspotRateConfig, RateWindow } from './rate-limit';
import type { PortalState } from './state';

export type LogEntry = CrmLogEntry;

export interface ControlTarget {
  state: PortalState;
  oauth: OAuthServer;
  rate: RateWindow;
  faults: InstanceType<typeof HubspotFaults>;
  log: LogEntry[];
  reset(): void;
}

const ConfigSchema = z.object({
  max: z.number().int().min(0).optional(),
  intervalMs: z.number().int().positive().optional(),
  daily: z.number().int().min(0).optional(),
  ...OAuthConfigShape,
});

export function handleControl(
  t: ControlTarget,
  method: string,
  path: string,
  query: URLSearchParams,
  raw: string,
): RawResponse {
  const body = parseControlBody(raw);
  if (body === undefined) return json(400, { error: 'body is not valid JSON' });
  const route = `${method} ${path.replace(/\/+$/, '') || '/'}`;
  const common = commonControl(t, route, body, json);
  if (common) return common;
  switch (route) {
    case 'GET /health':
      return json(200, { ok: true, portalId: t.state.portalId });
    case 'GET /state':
      return json(200, t.state.snapshot());
    case 'GET /contact': {
      const contact = t.state.contactByEmail(query.get('email') ?? '');
      if (!contact) return json(404, { error: 'no such contact' });
      return json(200, { ...contact, companies: t.state.companiesOf(contact.id) });
    }
    case 'GET /stats':
      return json(200, { oauth: t.oauth.stats, peakPerWindow: t.rate.peak });
    case 'POST /config': {
      const cfg = ConfigSchema.safeParse(body);
      if (!cfg.success) return json(400, { error: z.prettifyError(cfg.error) });
      t.rate.configure(applyOAuthConfig(t.oauth, cfg.data) satisfies Partial<HubspotRateConfig>);
      return json(200, { ok: true, rate: t.rate.config, oauth: t.oauth.config });
    }
    default:
      return json(404, { error: `unknown control endpoint ${method} ${path}` });
  }
}
