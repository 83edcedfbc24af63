/**
 * The `/__emulator/*` endpoints the OAuth CRM emulators (HubSpot, Pipedrive) answer alike: state,
 * log, faults, reset, token expiry and the OAuth part of /config. Each emulator adds its own state
 * views and rate settings around these.
 */
import { z } from 'zod';
import { FaultRequestSchema, toFaultAndMatch, type AcFaults, type RawResponse } from '../activecampaign/faults';

interface OAuthControls {
  config: { accessTokenSeconds: number; consent: 'approve' | 'deny'; rotateRefreshTokens: boolean };
  expireAll(): void;
}

export interface CommonControlTarget {
  state: { snapshot(): unknown };
  oauth: OAuthControls;
  faults: AcFaults;
  log: unknown[];
  reset(): void;
}

/** The OAuth settings of POST /config; each emulator extends it with its rate settings. */
export const OAuthConfigShape = {
  accessTokenSeconds: z.number().int().positive().optional(),
  consent: z.enum(['approve', 'deny']).optional(),
  rotateRefreshTokens: z.boolean().optional(),
};

function parseControlBody(raw: string): unknown {
  if (raw.trim() === '') return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** Sets the OAuth settings given, and answers the rest (the rate settings), undefined ones left out. */
export function applyOAuthConfig<T extends z.infer<z.ZodObject<typeof OAuthConfigShape>>>(
  oauth: OAuthControls,
  cfg: T,
): Omit<T, keyof typeof OAuthConfigShape> {
  const { accessTokenSeconds, consent, rotateRefreshTokens, ...rest } = cfg;
  if (accessTokenSeconds !== undefined) oauth.config.accessTokenSeconds = accessTokenSeconds;
  if (consent !== undefined) oauth.config.consent = consent;
  if (rotateRefreshTokens !== undefined) oauth.config.rotateRefreshTokens = rotateRefreshTokens;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Omit<
    T,
    keyof typeof OAuthConfigShape
  >;
}

/**
 * Answers a control request: a common endpoint here, else the emulator's own (`own` gets the route
 * as "METHOD /path" and answers null for one it does not know: 404).
 */
export function handleOAuthCrmControl(
  t: CommonControlTarget,
  method: string,
  path: string,
  raw: string,
  json: (status: number, body: unknown) => RawResponse,
  own: (route: string, body: unknown) => RawResponse | null,
): RawResponse {
  const body = parseControlBody(raw);
  if (body === undefined) return json(400, { error: 'body is not valid JSON' });
  const route = `${method} ${path.replace(/\/+$/, '') || '/'}`;
  return (
    commonControl(t, route, body, json) ??
    own(route, body) ??
    json(404, { error: `unknown control endpoint ${method} ${path}` })
  );
}

function commonControl(
  t: CommonControlTarget,
  route: string,
  body: unknown,
  json: (status: number, body: unknown) => RawResponse,
): RawResponse | null {
  switch (route) {
    case 'GET /state':
      return json(200, t.state.snapshot());
    case 'GET /log':
      return json(200, { entries: t.log });
    case 'DELETE /log':
      t.log.length = 0;
      return json(200, { ok: true });
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
    default:
      return null;
  }
}
