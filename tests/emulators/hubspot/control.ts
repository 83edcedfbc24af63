/**
 * `/__emulator/*`: lets another process (Playwright, a benchmark) drive and inspect the emulator.
 * No token, no rate limit, not logged.
 */
import { z } from 'zod';
import type { RawResponse } from '../activecampaign/faults';
import { json } from './errors';
import { FaultRequestSchema, toFaultAndMatch, type HubspotFaults } from './faults';
import type { OAuthServer } from './oauth-server';
import type { HubspotRateConfig, RateWindow } from './rate-limit';
import type { PortalState } from './state';

export interface LogEntry {
  seq: number;
  at: number;
  method: string;
  path: string;
  query: string;
  status: number;
  fault: string | null;
  rateLimited: boolean;
  auth: 'token' | 'oauth' | 'none' | null;
  body: unknown;
}

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
  accessTokenSeconds: z.number().int().positive().optional(),
  consent: z.enum(['approve', 'deny']).optional(),
  rotateRefreshTokens: z.boolean().optional(),
});

function parse(raw: string): unknown {
  if (raw.trim() === '') return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

export function handleControl(
  t: ControlTarget,
  method: string,
  path: string,
  query: URLSearchParams,
  raw: string,
): RawResponse {
  const body = parse(raw);
  if (body === undefined) return json(400, { error: 'body is not valid JSON' });
  switch (`${method} ${path.replace(/\/+$/, '') || '/'}`) {
    case 'GET /health':
      return json(200, { ok: true, portalId: t.state.portalId });
    case 'GET /state':
      return json(200, t.state.snapshot());
    case 'GET /contact': {
      const contact = t.state.contactByEmail(query.get('email') ?? '');
      if (!contact) return json(404, { error: 'no such contact' });
      return json(200, { ...contact, companies: t.state.companiesOf(contact.id) });
    }
    case 'GET /log':
      return json(200, { entries: t.log });
    case 'DELETE /log':
      t.log.length = 0;
      return json(200, { ok: true });
    case 'GET /stats':
      return json(200, { oauth: t.oauth.stats, peakPerWindow: t.rate.peak });
    case 'GET /faults':
      return json(200, { faults: t.faults.pending() });
    case 'DELETE /faults':
      t.faults.clear();
      return json(200, { ok: true });
    case 'POST /faults': {
      const rules = FaultRequestSchema.safeParse(body);
      if (!rules.success) return json(400, { error: z.prettifyError(rules.error) });
      const list = Array.isArray(rules.data) ? rules.data : [rules.data];
      return json(201, {
        ids: list.map((r) => {
          const { fault, match } = toFaultAndMatch(r);
          return t.faults.add(fault, match);
        }),
      });
    }
    case 'POST /reset':
      t.reset();
      return json(200, { ok: true });
    case 'POST /expire-tokens':
      t.oauth.expireAll();
      return json(200, { ok: true });
    case 'POST /config': {
      const cfg = ConfigSchema.safeParse(body);
      if (!cfg.success) return json(400, { error: z.prettifyError(cfg.error) });
      const { accessTokenSeconds, consent, rotateRefreshTokens, ...rate } = cfg.data;
      const patch: Partial<HubspotRateConfig> = Object.fromEntries(
        Object.entries(rate).filter(([, v]) => v !== undefined),
      );
      t.rate.configure(patch);
      if (accessTokenSeconds !== undefined) t.oauth.config.accessTokenSeconds = accessTokenSeconds;
      if (consent !== undefined) t.oauth.config.consent = consent;
      if (rotateRefreshTokens !== undefined) t.oauth.config.rotateRefreshTokens = rotateRefreshTokens;
      return json(200, { ok: true, rate: t.rate.config, oauth: t.oauth.config });
    }
    default:
      return json(404, { error: `unknown control endpoint ${method} ${path}` });
  }
}
