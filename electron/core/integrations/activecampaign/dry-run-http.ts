import type { HttpClient, HttpRequest, HttpResponse } from '../connector';

/**
 * The preview's HttpClient: writes are never sent, they are answered with placeholder ids such as
 * "{contact id}"; reads go to AC when a real client is given (so the preview shows whether a tag
 * or an account would be created), and are answered as empty otherwise.
 */

export interface RecordedRequest {
  method: string;
  url: string;
  label: string | null;
  headers: Record<string, string>;
  body?: unknown;
  simulated: boolean;
}

/** For reading only: placeholders and accents shown as typed, the query's "+" back to spaces. */
function readable(url: string): string {
  const [base = '', query] = url.split('?', 2);
  let out: string;
  try {
    out = decodeURIComponent(base);
  } catch {
    out = base;
  }
  if (query === undefined) return out;
  const pairs = [...new URLSearchParams(query)].map(([k, v]) => `${k}=${v}`);
  return `${out}?${pairs.join('&')}`;
}

function answer(status: number, body: unknown): HttpResponse {
  const text = JSON.stringify(body);
  return { status, headers: { 'content-type': 'application/json' }, text, json: () => JSON.parse(text) as unknown };
}

function member(value: unknown, key: string): Record<string, unknown> {
  const inner = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : {};
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function fabricate(req: HttpRequest, path: string): HttpResponse {
  if (req.method === 'GET') {
    if (/^\/contacts\/[^/]+$/.test(path)) return answer(200, { contactLists: [] });
    const key = /^\/(\w+)/.exec(path)?.[1] ?? 'items';
    return answer(200, { [key]: [], meta: { total: '0' } });
  }
  switch (path) {
    case '/contact/sync': {
      const contact = member(req.json, 'contact');
      const sent = Array.isArray(contact.fieldValues) ? (contact.fieldValues as unknown[]) : [];
      return answer(201, { contact: { id: '{contact id}', email: contact.email }, fieldValues: sent });
    }
    case '/tags': {
      const name = textOf(member(req.json, 'tag').tag);
      return answer(201, { tag: { id: `{id of new tag ${name}}`, tag: name } });
    }
    case '/accounts': {
      const name = textOf(member(req.json, 'account').name);
      return answer(201, { account: { id: `{id of new account ${name}}`, name } });
    }
    case '/fields': {
      const title = textOf(member(req.json, 'field').title);
      return answer(201, { field: { id: `{id of new field ${title}}`, title } });
    }
    case '/contactLists':
      return answer(200, {});
    default:
      return answer(201, {});
  }
}

export class DryRunHttp implements HttpClient {
  readonly requests: RecordedRequest[] = [];

  constructor(
    private readonly apiUrl: string,
    private readonly live: HttpClient | null,
    private readonly keyHint: string,
  ) {}

  async request(req: HttpRequest): Promise<HttpResponse> {
    const path = new URL(req.url).pathname.slice(new URL(this.apiUrl).pathname.length);
    // Reads naming a placeholder id ("{contact id}") cannot go to AC: nothing was created.
    const live = this.live !== null && req.method === 'GET' && !readable(req.url).includes('{');
    const headers: Record<string, string> = { ...req.headers };
    for (const name of Object.keys(headers)) if (/token|key|authorization/i.test(name)) headers[name] = this.keyHint;
    if (req.json !== undefined) headers['Content-Type'] = 'application/json';
    const entry: RecordedRequest = {
      method: req.method,
      url: readable(req.url),
      label: req.label ?? null,
      headers,
      simulated: !live,
    };
    if (req.json !== undefined) entry.body = req.json;
    this.requests.push(entry);
    return live && this.live ? this.live.request(req) : fabricate(req, path);
  }
}
