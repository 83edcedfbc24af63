/**
 * `/__emulator/*`: lets another process (Playwright, a benchmark) drive and inspect the emulator.
 * No token, no rate limit, not logged.
 */
import { z } from 'zod';
import type { RawResponse } from '../activecampaign/faults';
import { applyOAuthConfig, handleOAuthCrmControl, OAuthConfigShape } from '../shared/oauth-crm-control';
import type { OAuthCrmParts } from '../shared/oauth-crm-emulator';
import type { CrmLogEntry } from '../shared/oauth-crm-server';
import { json } from './errors';
import type { OAuthServer } from './oauth-server';
import type { HubspotRateConfig, RateWindow } from './rate-limit';
import type { PortalState } from './state';

export type LogEntry = CrmLogEntry;

export type ControlTarget = OAuthCrmParts<LogEntry, PortalState, OAuthServer, RateWindow>;

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
  return handleOAuthCrmControl(t, method, path, raw, json, (route, body) => {
    switch (route) {
      case 'GET /health':
        return json(200, { ok: true, portalId: t.state.portalId });
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
        return null;
    }
  });
}
