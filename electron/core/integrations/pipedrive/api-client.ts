import type { z } from 'zod';
import { ConnectorError, type HttpClient, type HttpRequest } from '../connector';
import { authHeaders, type PipedriveAuth } from './auth';
import { errorFromResponse } from './errors';
import type { PipedriveRateState } from './rate-state';
import * as wire from './wire';
import { numericId } from './wire';
import { authorisedHttp } from '../oauth-connector/authorised-http';

/**
 * Typed calls to Pipedrive over the connector `HttpClient`, so the same code runs in the dispatch
 * engine (rate-limited, recorded) and in the wizard's lookups. Persons and organizations use v2,
 * leads, labels and field schemas v1 (docs/crm/pipedrive.md §0). A 401 is retried once with a renewed OAuth token.
 */

export interface PipedriveApiOptions {
  http: HttpClient;
  apiUrl: string;
  auth: PipedriveAuth;
  /** Pipedrive's own rate headers, per company (`key`). */
  rate?: { state: PipedriveRateState; key: string };
  now?: () => number;
  /** Told when an OAuth token had to be renewed after a 401 (the attempt's timeline shows it). */
  onRenewed?: () => void;
}

export interface PersonInput {
  name: string;
  emails?: Array<{ value: string; primary: boolean; label: string }>;
  phones?: Array<{ value: string; primary: boolean; label: string }>;
  org_id?: number | string;
  custom_fields?: Record<string, string | number>;
}

export interface LeadInput {
  title: string;
  person_id: number | string;
  organization_id?: number | string;
  label_ids?: string[];
}

/** v1 lists: 100 a page (its largest default) and at most this many pages, so a loop cannot run away. */
const PAGE = 100;
const MAX_PAGES = 100;

export function createPipedriveApi(o: PipedriveApiOptions) {
  const now = o.now ?? Date.now;
  const authorised = authorisedHttp({
    http: o.http,
    auth: o.auth,
    headers: (credential) => authHeaders(o.auth, credential),
    rate: o.rate,
    now,
    onRenewed: o.onRenewed,
  });

  async function call(method: HttpRequest['method'], path: string, what: string, json?: unknown): Promise<unknown> {
    const req: HttpRequest = { method, url: `${o.apiUrl}${path}`, label: what };
    if (json !== undefined) req.json = json;
    const res = await authorised(req);
    if (res.status < 200 || res.status >= 300) throw errorFromResponse(res, what, now());
    let body: unknown;
    try {
      body = res.json();
    } catch (err) {
      throw err instanceof ConnectorError ? err : wire.unexpected(what, err);
    }
    if (typeof body !== 'object' || body === null || (body as { success?: unknown }).success === false) {
      throw wire.unexpected(what);
    }
    return body;
  }

  async function allPages<S extends z.ZodType>(path: string, what: string, schema: S): Promise<Array<z.output<S>>> {
    const all: Array<z.output<S>> = [];
    let start = 0;
    for (let page = 0; page < MAX_PAGES; page++) {
      const sep = path.includes('?') ? '&' : '?';
      const body = await call('GET', `${path}${sep}start=${start}&limit=${PAGE}`, what);
      all.push(...wire.list(body, schema));
      const next = wire.moreItems(body);
      if (!next.more || next.nextStart === null || next.nextStart <= start) return all;
      start = next.nextStart;
    }
    return all;
  }

  const q = encodeURIComponent;

  return {
    /** docs/crm/pipedrive.md §3: the user, and the company's id, name and domain. */
    async me(): Promise<wire.PipedriveUser> {
      const what = 'read the connected user';
      return wire.data(await call('GET', '/api/v1/users/me', what), wire.userSchema, what);
    },

    personFields: (): Promise<wire.PipedriveField[]> =>
      allPages('/api/v1/personFields', 'list person fields', wire.fieldSchema),

    async leadLabels(): Promise<wire.PipedriveLabel[]> {
      return wire.list(await call('GET', '/api/v1/leadLabels', 'list lead labels'), wire.labelSchema);
    },

    async createLeadLabel(name: string, color: string): Promise<wire.PipedriveLabel> {
      const what = `create lead label "${name}"`;
      return wire.data(await call('POST', '/api/v1/leadLabels', what, { name, color }), wire.labelSchema, what);
    },

    /** docs/crm/pipedrive.md §4: exact e-mail search on v2; the first match wins. */
    async findPersonByEmail(email: string): Promise<string | null> {
      const path = `/api/v2/persons/search?term=${q(email)}&fields=email&exact_match=true&limit=1`;
      const body = await call('GET', path, `find person ${email}`);
      return wire.list(body, wire.searchItemSchema, 'items')[0]?.item.id ?? null;
    },

    async createPerson(input: PersonInput): Promise<string> {
      const what = 'create person';
      return wire.data(await call('POST', '/api/v2/persons', what, input), wire.objectSchema, what).id;
    },

    async updatePerson(id: string, patch: Partial<PersonInput>): Promise<string> {
      const what = 'update person';
      return wire.data(await call('PATCH', `/api/v2/persons/${q(id)}`, what, patch), wire.objectSchema, what).id;
    },

    async findOrganizationByName(name: string): Promise<string | null> {
      const path = `/api/v2/organizations/search?term=${q(name)}&fields=name&exact_match=true&limit=1`;
      const body = await call('GET', path, `find organization "${name}"`);
      return wire.list(body, wire.searchItemSchema, 'items')[0]?.item.id ?? null;
    },

    /** docs/crm/pipedrive.md §5: the body carries `name` (the spec's `required: ["title"]` is a defect). */
    async createOrganization(name: string): Promise<string> {
      const what = `create organization "${name}"`;
      return wire.data(await call('POST', '/api/v2/organizations', what, { name }), wire.objectSchema, what).id;
    },

    /** docs/crm/pipedrive.md §6: 201, linked to the person (and organization). */
    async createLead(input: LeadInput): Promise<string> {
      const what = 'create lead';
      return wire.data(await call('POST', '/api/v1/leads', what, input), wire.leadSchema, what).id;
    },

    /** docs/crm/pipedrive.md §10: a note (HTML) on a person, shown on the person's page. */
    async addPersonNote(personId: string, content: string): Promise<string> {
      const what = 'add a note to the person';
      const body = await call('POST', '/api/v1/notes', what, { content, person_id: numericId(personId) });
      return wire.data(body, wire.objectSchema, what).id;
    },

    /** The person's leads (v1 paging), to find one a lost answer already created. */
    leadsOfPerson: (personId: string) =>
      allPages(`/api/v1/leads?person_id=${q(personId)}`, 'list the person’s leads', wire.leadSchema),
  };
}

export type PipedriveApi = ReturnType<typeof createPipedriveApi>;
