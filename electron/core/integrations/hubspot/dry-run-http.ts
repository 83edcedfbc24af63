import type { HttpClient, HttpRequest, HttpResponse } from '../connector';
import type { RecordedRequest } from '../activecampaign/dry-run-http';

/**
 * The preview's HttpClient for HubSpot: writes are never sent and are answered with placeholder
 * ids such as "{contact id}"; reads (GETs and searches) go to HubSpot when a connection is given,
 * and are answered as empty otherwise.
 */

function answer(status: number, body: unknown): HttpResponse {
  const text = JSON.stringify(body);
  return { status, headers: { 'content-type': 'application/json' }, text, json: () => JSON.parse(text) as unknown };
}

function member(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function fabricate(req: HttpRequest, path: string): HttpResponse {
  if (req.method === 'GET' || path.endsWith('/search')) return answer(200, { total: 0, results: [] });
  if (path.endsWith('/contacts/batch/upsert')) {
    const inputs = member(req.json, 'inputs');
    const first: unknown = Array.isArray(inputs) ? inputs[0] : undefined;
    return answer(200, {
      status: 'COMPLETE',
      results: [{ id: '{contact id}', new: true, properties: member(first, 'properties') ?? {} }],
    });
  }
  if (path === '/crm/v3/objects/companies') {
    const name = member(member(req.json, 'properties'), 'name');
    return answer(201, { id: `{id of new company ${typeof name === 'string' ? name : ''}}`, properties: {} });
  }
  if (/^\/crm\/v3\/objects\/contacts\/[^/]+$/.test(path)) return answer(200, { id: path.split('/').pop() });
  return answer(200, {});
}

function isRead(req: HttpRequest, path: string): boolean {
  return req.method === 'GET' || (req.method === 'POST' && path.endsWith('/search'));
}

export class HubspotDryRunHttp implements HttpClient {
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
    // Nothing was created, so a read naming a placeholder id cannot go to HubSpot.
    const live = this.live !== null && isRead(req, path) && !decodeURIComponent(req.url).includes('{');
    const headers: Record<string, string> = { ...req.headers };
    for (const name of Object.keys(headers))
      if (/authorization/i.test(name)) headers[name] = `Bearer ${this.credentialHint}`;
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
