/**
 * `/__emulator/*`: lets another process (Playwright, a benchmark) drive and inspect the emulator.
 * No token, no rate limit, not logged.
 */
import { z } from 'zod';
import type { RawResponse } from '../activecampaign/faults';
import { json } from './errors';
import { FaultRequestSchema, toFaultAndMatch, type PipedriveFaults } from './faults';
import type { OAuthServer } from './oauth-server';
import type { PipedriveRateConfig, RateWindow } from './rate-limit';
import type { CompanyState } from './state';

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
  /** The token came as `?api_token=` (refused by the current specs). */
  queryToken: boolean;
  cost: number;
  body: unknown;
}

export interface ControlTarget {
  state: CompanyState;
  oauth: OAuthServer;
  rate: RateWindow;
  faults: InstanceType<typeof PipedriveFaults>;
  log: LogEntry[];
  reset(): void;
}

const ConfigSchema = z.object({
  burst: z.number().int().min(0).optional(),
  windowMs: z.number().int().positive().optional(),
  dailyTokens: z.number().int().min(0).optional(),
  accessTokenSeconds: z.number().int().positive().optional(),
  consent: z.enum(['approve', 'deny']).optional(),
  rotateRefreshTokens: z.boolean().optional(),
  scopes: z.array(z.string()).optional(),
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
      return json(200, { ok: true });
    case 'GET /state':
      return json(200, t.state.snapshot());
    case 'GET /person': {
      const person = t.state.personByEmail(query.get('email') ?? '');
      if (!person) return json(404, { error: 'no such person' });
      const leads = [...t.state.leads.values()].filter((l) => l.person_id === person.id);
      return json(200, { ...person, leads });
    }
    case 'GET /log':
      return json(200, { entries: t.log });
    case 'DELETE /log':
      t.log.length = 0;
      return json(200, { ok: true });
    case 'GET /stats':
      return json(200, { oauth: t.oauth.stats, peakPerWindow: t.rate.peak, tokensSpent: t.rate.tokensSpent });
    case 'GET /faults':
      return json(200, { faults: t.faults.pending() });
    case 'DELETE /faults':
      t.faults.clear();
      return json(200, { ok: true });
    case 'POST /faults': {
      const rules = FaultRequestSchema.safeParse(body);
      if (!rules.success) return json(400, { error: z.prettifyError(rules.error) });
      const list = Array.isArray(rules.data) ? rules.data : [rules.data];
      return json(201, { ids: list.map((r) => t.faults.add(toFaultAndMatch(r).fault, toFaultAndMatch(r).match)) });
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
      const { accessTokenSeconds, consent, rotateRefreshTokens, scopes, ...rate } = cfg.data;
      const patch: Partial<PipedriveRateConfig> = Object.fromEntries(
        Object.entries(rate).filter(([, v]) => v !== undefined),
      );
      t.rate.configure(patch);
      if (accessTokenSeconds !== undefined) t.oauth.config.accessTokenSeconds = accessTokenSeconds;
      if (consent !== undefined) t.oauth.config.consent = consent;
      if (rotateRefreshTokens !== undefined) t.oauth.config.rotateRefreshTokens = rotateRefreshTokens;
      if (scopes !== undefined) t.oauth.config.scopes = scopes;
      return json(200, { ok: true, rate: t.rate.config, oauth: t.oauth.config });
    }
    default:
      return json(404, { error: `unknown control endpoint ${method} ${path}` });
  }
}
