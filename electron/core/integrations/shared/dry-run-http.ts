import type { HttpClient, HttpRequest, HttpResponse } from '../connector';

/** One call the preview shows: what sending would do, with the credential replaced by its hint. */
export interface RecordedRequest {
  method: string;
  url: string;
  label: string | null;
  headers: Record<string, string>;
  body?: unknown;
  simulated: boolean;
}

/** What differs between services' dry runs; the recording and the live/simulated split do not. */
export interface DryRunStyle {
  /** The request's path below the API address, as `isRead` and `fabricate` match it. */
  path(url: string, apiUrl: string): string;
  /** The URL as the preview shows it (placeholders and accents as typed). */
  shownUrl(url: string): string;
  /** Reads may go to the real service; writes never do. */
  isRead(req: HttpRequest, path: string): boolean;
  /** The value shown for a credential header, or null when `name` is no credential. */
  maskHeader(name: string, hint: string): string | null;
  /** The made-up answer to a call that is not sent, with placeholder ids such as "{contact id}". */
  fabricate(req: HttpRequest, path: string): HttpResponse;
}

export function jsonAnswer(status: number, body: unknown): HttpResponse {
  const text = JSON.stringify(body);
  return { status, headers: { 'content-type': 'application/json' }, text, json: () => JSON.parse(text) as unknown };
}

/**
 * The preview's HttpClient: writes are never sent and get made-up answers; reads go to the service
 * when a real client is given (so the preview shows what would be found or created), and are
 * answered as empty otherwise.
 */
export class DryRunClient implements HttpClient {
  readonly requests: RecordedRequest[] = [];

  constructor(
    private readonly apiUrl: string,
    private readonly live: HttpClient | null,
    private readonly credentialHint: string,
    private readonly style: DryRunStyle,
  ) {}

  async request(req: HttpRequest): Promise<HttpResponse> {
    const path = this.style.path(req.url, this.apiUrl);
    const url = this.style.shownUrl(req.url);
    // Nothing was created, so a read naming a placeholder id cannot go to the service.
    const live = this.live !== null && this.style.isRead(req, path) && !url.includes('{');
    const headers: Record<string, string> = { ...req.headers };
    for (const name of Object.keys(headers)) {
      const masked = this.style.maskHeader(name, this.credentialHint);
      if (masked !== null) headers[name] = masked;
    }
    if (req.json !== undefined) headers['Content-Type'] = 'application/json';
    const entry: RecordedRequest = { method: req.method, url, label: req.label ?? null, headers, simulated: !live };
    if (req.json !== undefined) entry.body = req.json;
    this.requests.push(entry);
    return live && this.live ? this.live.request(req) : this.style.fabricate(req, path);
  }
}

/** The path below an API address with its placeholders readable, for the OAuth CRMs' matching. */
export function decodedPath(url: string, apiUrl: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(new URL(apiUrl).pathname.replace(/\/$/, '').length));
}
