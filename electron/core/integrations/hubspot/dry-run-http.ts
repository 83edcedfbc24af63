import type { HttpClient, HttpRequest, HttpResponse } from '../connector';
import { decodedPath, DryRunClient, jsonAnswer as answer } from '../shared/dry-run-http';

/**
 * The preview's HttpClient for HubSpot: writes are never sent and are answered with placeholder
 * ids such as "{contact id}"; reads (GETs and searches) go to HubSpot when a connection is given,
 * and are answered as empty otherwise.
 */

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

export class HubspotDryRunHttp extends DryRunClient {
  constructor(apiUrl: string, live: HttpClient | null, credentialHint: string) {
    super(apiUrl, live, credentialHint, {
      path: decodedPath,
      shownUrl: decodeURIComponent,
      isRead,
      maskHeader: (name, hint) => (/authorization/i.test(name) ? `Bearer ${hint}` : null),
      fabricate,
    });
  }
}
