import { ConnectorError, type HttpClient, type HttpRequest, type HttpResponse } from '../connector';
import type { CrmAuth } from './auth';

/** The per-account rate memory a CRM client consults before a call and feeds with each answer. */
export interface RateGate {
  state: {
    gate(key: string, now: number): void;
    observe(key: string, headers: Record<string, string>, now: number): void;
  };
  key: string;
}

export interface AuthorisedHttpOptions {
  http: HttpClient;
  auth: CrmAuth;
  /** How the service wants the credential: HubSpot always as Bearer, Pipedrive by kind. */
  headers(token: string): Record<string, string>;
  rate?: RateGate;
  now(): number;
  /** Told when an OAuth token had to be renewed after a 401 (the attempt's timeline shows it). */
  onRenewed?: () => void;
}

/**
 * Sends with the account's credential, inside its rate memory. A 401 is retried once with a
 * renewed OAuth token before it counts: a token revoked or expired early should not fail a lead
 * that a fresh one would deliver. The token is kept between calls of one client.
 */
export function authorisedHttp(o: AuthorisedHttpOptions): (req: HttpRequest) => Promise<HttpResponse> {
  let token: string | null = null;

  async function send(req: HttpRequest, credential: string): Promise<HttpResponse> {
    o.rate?.state.gate(o.rate.key, o.now());
    const res = await o.http.request({ ...req, headers: { ...req.headers, ...o.headers(credential) } });
    o.rate?.state.observe(o.rate.key, res.headers, o.now());
    return res;
  }

  /** The renewal goes in the attempt's timeline between the refused call and its repeat, failed or not. */
  async function renew(rejected: string): Promise<string | null> {
    if (o.auth.kind !== 'oauth') return o.auth.renew(rejected);
    const started = o.now();
    const url = o.auth.tokenUrl ?? '';
    try {
      const renewed = await o.auth.renew(rejected);
      if (renewed !== null) o.http.renewal?.({ url, durationMs: o.now() - started, error: null });
      return renewed;
    } catch (err) {
      const error = err instanceof ConnectorError ? err : null;
      o.http.renewal?.({
        url,
        durationMs: o.now() - started,
        error: {
          errorClass: error?.errorClass ?? 'transient',
          message: err instanceof Error ? err.message : String(err),
        },
      });
      throw err;
    }
  }

  return async (req) => {
    token ??= await o.auth.token();
    let res = await send(req, token);
    if (res.status === 401) {
      const renewed = await renew(token);
      if (renewed !== null) {
        token = renewed;
        o.onRenewed?.();
        res = await send(req, token);
      }
    }
    return res;
  };
}
