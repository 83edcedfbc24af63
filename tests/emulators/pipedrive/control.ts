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
import type { PipedriveRateConfig, RateWindow } from './rate-limit';
import type { CompanyState } from './state';

export interface LogEntry extends CrmLogEntry {
  /** The token came as `?api_token=` (refused by the current specs). */
  queryToken: boolean;
  cost: number;
}

export type ControlTarget = OAuthCrmParts<LogEntry, CompanyState, OAuthServer, RateWindow>;

const ConfigSchema = z.object({
  burst: z.number().int().min(0).optional(),
  windowMs: z.number().int().positive().optional(),
  dailyTokens: z.number().int().min(0).optional(),
  ...OAuthConfigShape,
  scopes: z.array(z.string()).optional(),
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
        return json(200, { ok: true });
      case 'GET /person': {
        const person = t.state.personByEmail(query.get('email') ?? '');
        if (!person) return json(404, { error: 'no such person' });
        const leads = [...t.state.leads.values()].filter((l) => l.person_id === person.id);
        const notes = [...t.state.notes.values()].filter((n) => n.person_id === person.id);
        return json(200, { ...person, leads, notes });
      }
      case 'GET /stats':
        return json(200, { oauth: t.oauth.stats, peakPerWindow: t.rate.peak, tokensSpent: t.rate.tokensSpent });
      case 'POST /config': {
        const cfg = ConfigSchema.safeParse(body);
        if (!cfg.success) return json(400, { error: z.prettifyError(cfg.error) });
        const { scopes, ...rate } = applyOAuthConfig(t.oauth, cfg.data);
        t.rate.configure(rate satisfies Partial<PipedriveRateConfig>);
        if (scopes !== undefined) t.oauth.config.scopes = scopes;
        return json(200, { ok: true, rate: t.rate.config, oauth: t.oauth.config });
      }
      default:
        return null;
    }
  });
}
