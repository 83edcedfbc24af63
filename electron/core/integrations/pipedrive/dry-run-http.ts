import type { HttpClient, HttpRequest, HttpResponse } from '../connector';
import { decodedPath, DryRunClient, jsonAnswer } from '../shared/dry-run-http';

/**
 * The preview's HttpClient for Pipedrive: writes are never sent and are answered with placeholder
 * ids such as "{person id}"; reads (GETs) go to Pipedrive when a connection is given, and are
 * answered as empty otherwise (so every person, organization and label looks new).
 */

/** Pipedrive wraps every answer's data in its success envelope. */
function answer(status: number, data: unknown): HttpResponse {
  return jsonAnswer(status, { success: true, data, additional_data: null });
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

function maskHeader(name: string, hint: string): string | null {
  if (/authorization/i.test(name)) return `Bearer ${hint}`;
  return /token/i.test(name) ? hint : null;
}

export class PipedriveDryRunHttp extends DryRunClient {
  constructor(apiUrl: string, live: HttpClient | null, credentialHint: string) {
    super(apiUrl, live, credentialHint, {
      path: decodedPath,
      shownUrl: decodeURIComponent,
      isRead: (req) => req.method === 'GET',
      maskHeader,
      fabricate,
    });
  }
}
