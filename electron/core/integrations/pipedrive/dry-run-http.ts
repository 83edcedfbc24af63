import type { RecordedRequest } from '../activecampaign/dry-run-http';
import type { HttpClient, HttpRequest, HttpResponse } from '../connector';

/**
 * The preview's HttpClient for Pipedrive: writes are never sent and are answered with placeholder
 * ids such as "{person id}"; reads (GETs) go to Pipedrive when a connection is given, and are
 * answered as empty otherwise (so every person, organization and label looks new).
 */

function answer(status: number, data: unknown): HttpResponse {
  const text = JSON.stringify({ success: true, data, additional_data: null });
  return { status, headers: { 'content-type': 'application/json' }, text, json: () => JSON.parse(text) as unknown };
}

function member(value: unknown, key: string): string {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : '';
}

function fabricate(req: HttpRequest, path: string): HttpResponse {
  if (req.method === 'GET') return answer(200, path.endsWith('/search') ? { items: [] } : []);
  if (req.method === 'PATCH') return answer(200, { id: path.split('/').pop() });
  switch (path) {
    case '/api/v2/organizations':
      return answer(200, { id: `{id of new organization ${member(req.json, 'name')}}` });
    case '/api/v2/persons':
      return answer(200, { id: '{person id}' });
    case '/api/v1/leadLabels': {
      const name = member(req.json, 'name');
      return answer(200, { id: `{id of new label ${name}}`, name, color: member(req.json, 'color') });
    }
    case '/api/v1/leads':
      return answer(201, { id: '{lead id}', title: member(req.json, 'title') });
    default:
      return answer(200, {});
  }
}

export class PipedriveDryRunHttp implements HttpClient {
  readonly requests: RecordedRequest[] = [];

  constructor(
    private readonly apiUrl: string,
    private readonly live: HttpClient | null,
    private readonly credentialHint: string,
  ) {}

  async request(req: HttpRequest): Promise<HttpResponse> {
    const path = decodeURIComponent(
      new URL(req.url).pathname.slice(new URL(this.apiUrl).pathname.replace(/\/$/, '').length),
    );
    // Nothing was created, so a read naming a placeholder id cannot go to Pipedrive.
    const live = this.live !== null && req.method === 'GET' && !decodeURIComponent(req.url).includes('{');
    const headers: Record<string, string> = { ...req.headers };
    for (const name of Object.keys(headers)) {
      if (/authorization/i.test(name)) headers[name] = `Bearer ${this.credentialHint}`;
      else if (/token/i.test(name)) headers[name] = this.credentialHint;
    }
    if (req.json !== undefined) headers['Content-Type'] = 'application/json';
    const entry: RecordedRequest = {
      method: req.method,
      url: decodeURIComponent(req.url),
      label: req.label ?? null,
      headers,
      simulated: !live,
    };
    if (req.json !== undefined) entry.body = req.json;
    this.requests.push(entry);
    return live && this.live ? this.live.request(req) : fabricate(req, path);
  }
}
