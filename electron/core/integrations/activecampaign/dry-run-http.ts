import type { HttpClient, HttpRequest, HttpResponse } from '../connector';
import { DryRunClient, jsonAnswer as answer } from '../shared/dry-run-http';

export type { RecordedRequest } from '../shared/dry-run-http';

/**
 * The preview's HttpClient: writes are never sent, they are answered with placeholder ids such as
 * "{contact id}"; reads go to AC when a real client is given (so the preview shows whether a tag
 * or an account would be created), and are answered as empty otherwise.
 */

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
    case '/contacts':
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

export class DryRunHttp extends DryRunClient {
  constructor(apiUrl: string, live: HttpClient | null, keyHint: string) {
    super(apiUrl, live, keyHint, {
      path: (url, base) => new URL(url).pathname.slice(new URL(base).pathname.length),
      shownUrl: readable,
      isRead: (req) => req.method === 'GET',
      maskHeader: (name, hint) => (/token|key|authorization/i.test(name) ? hint : null),
      fabricate,
    });
  }
}
