/** What a connector sends and gets back through the HTTP client (see client.ts). */

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** Serialised as JSON with the right content type. */
  json?: unknown;
  /** A raw body (e.g. a signed webhook payload that must go out byte for byte). */
  body?: string;
  timeoutMs?: number;
  /** A short label for the attempt's timeline, e.g. "sync contact". */
  label?: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** Parsed body; throws a `ConnectorError` of class `transient` when the body is not JSON. */
  json(): unknown;
}

/**
 * The only way a connector reaches the network. Every call waits for the remote account's rate
 * limiter, is recorded (secrets redacted) in the attempt, and fails with a classified
 * `ConnectorError` on timeouts, resets, DNS failures and no network. HTTP error statuses are
 * answered, not thrown: the connector decides what a 404 or a 422 means for it.
 */
export interface HttpClient {
  request(req: HttpRequest): Promise<HttpResponse>;
  /**
   * Puts an OAuth token renewal in the attempt's timeline, between the call refused with 401 and
   * its repeat. Clients that record nothing (previews, wizard lookups) leave it out.
   */
  renewal?(entry: TokenRenewal): void;
}

/** How a failed call is classed: it decides what the dispatch engine does next (see dispatch/policy.ts). */
export type ErrorClass = 'transient' | 'rate_limited' | 'auth' | 'permanent' | 'offline';

export interface TokenRenewal {
  /** The token endpoint asked. */
  url: string;
  durationMs: number;
  /** Why the renewal failed; null when a new token came back. */
  error: { errorClass: ErrorClass; message: string } | null;
}
