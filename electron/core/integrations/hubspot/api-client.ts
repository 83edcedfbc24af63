import { ConnectorError, type HttpClient, type HttpRequest } from '../connector';
import type { HubspotAuth } from './auth';
import { errorFromResponse } from './errors';
import type { HubspotRateState } from './rate-state';
import * as wire from './wire';
import { authorisedHttp } from '../oauth-connector/authorised-http';

/**
 * Typed calls to HubSpot's CRM v3 over the connector `HttpClient`, so the same code runs in the
 * dispatch engine (rate-limited, recorded) and in the wizard's lookups. Every request carries
 * `Authorization: Bearer`; a 401 is retried once with a renewed OAuth token before it counts.
 */

export interface HubspotApiOptions {
  http: HttpClient;
  apiUrl: string;
  auth: HubspotAuth;
  /** HubSpot's own rate-limit headers, per portal (`key`). */
  rate?: { state: HubspotRateState; key: string };
  now?: () => number;
  /** Told when an OAuth token had to be renewed after a 401 (the attempt's timeline shows it). */
  onRenewed?: () => void;
}

/** contact_to_company (unlabelled) and company_to_contact: HubSpot-defined association types. */
export const CONTACT_TO_COMPANY = 279;
export const COMPANY_TO_CONTACT = 280;

export interface UpsertedContact {
  id: string;
  created: boolean;
}

export function createHubspotApi(o: HubspotApiOptions) {
  const now = o.now ?? Date.now;
  const authorised = authorisedHttp({
    http: o.http,
    auth: o.auth,
    headers: (bearer) => ({ Authorization: `Bearer ${bearer}` }),
    rate: o.rate,
    now,
    onRenewed: o.onRenewed,
  });

  async function call(method: HttpRequest['method'], path: string, what: string, json?: unknown): Promise<unknown> {
    const req: HttpRequest = { method, url: `${o.apiUrl}${path}`, label: what };
    if (json !== undefined) req.json = json;
    const res = await authorised(req);
    if (res.status < 200 || res.status >= 300) throw errorFromResponse(res, what, now());
    if (res.status === 204 || res.text.trim() === '') return {};
    try {
      return res.json();
    } catch (err) {
      throw err instanceof ConnectorError ? err : wire.unexpected(what, err);
    }
  }

  return {
    async accountDetails() {
      const what = 'read account details';
      return wire.read(await call('GET', '/account-info/v3/details', what), wire.accountDetailsSchema, what);
    },

    /** Every contact property; HubSpot answers them all at once (no paging). */
    async listProperties(): Promise<wire.HubspotProperty[]> {
      return wire.results(
        await call('GET', '/crm/v3/properties/contacts', 'list contact properties'),
        wire.propertySchema,
      );
    },

    async createProperty(input: { name: string; label: string; type: 'string' | 'number' }) {
      const what = `create contact property "${input.label}"`;
      const body = await call('POST', '/crm/v3/properties/contacts', what, {
        name: input.name,
        label: input.label,
        type: input.type,
        fieldType: input.type === 'number' ? 'number' : 'text',
        groupName: 'contactinformation',
        description: 'Created by Zero Bad Leads',
      });
      return wire.read(body, wire.propertySchema, what);
    },

    /**
     * A single checkbox contact property (`bool` shown as `booleancheckbox`, docs/crm/hubspot.md §9):
     * its value is "true" when checked.
     */
    async createCheckboxProperty(input: { name: string; label: string; description: string }) {
      const what = `create contact property "${input.label}"`;
      const body = await call('POST', '/crm/v3/properties/contacts', what, {
        name: input.name,
        label: input.label,
        type: 'bool',
        fieldType: 'booleancheckbox',
        groupName: 'contactinformation',
        description: input.description,
        options: [
          { label: 'Yes', value: 'true', displayOrder: 0, hidden: false },
          { label: 'No', value: 'false', displayOrder: 1, hidden: false },
        ],
      });
      return wire.read(body, wire.propertySchema, what);
    },

    /** docs/crm/hubspot.md §3: one input keyed on the e-mail; 200 with `results[].new`, or 207 with `errors[]`. */
    async upsertContact(email: string, properties: Record<string, string>): Promise<UpsertedContact> {
      const what = 'upsert contact';
      const body = await call('POST', '/crm/v3/objects/contacts/batch/upsert', what, {
        inputs: [{ id: email, idProperty: 'email', properties }],
      });
      const errors = Array.isArray((body as { errors?: unknown }).errors)
        ? wire.results({ results: (body as { errors: unknown[] }).errors }, wire.standardErrorSchema)
        : [];
      const [first] = wire.results(body, wire.upsertResultSchema);
      if (!first) {
        const said = errors
          .map((e) => e.message)
          .filter(Boolean)
          .join('; ');
        throw new ConnectorError('permanent', `HubSpot did not save the contact${said ? `: ${said}` : ''}.`, {
          details: { reason: 'invalid', what, errors },
        });
      }
      return { id: first.id, created: first.new === true };
    },

    async updateContact(id: string, properties: Record<string, string>): Promise<UpsertedContact> {
      const what = 'update contact';
      const body = await call('PATCH', `/crm/v3/objects/contacts/${encodeURIComponent(id)}`, what, { properties });
      return { id: wire.read(body, wire.objectSchema, what).id, created: false };
    },

    /** Exact name match; search is eventually consistent, so a company created seconds ago may be missed. */
    async findCompanyByName(name: string): Promise<string | null> {
      const body = await call('POST', '/crm/v3/objects/companies/search', `find company "${name}"`, {
        filterGroups: [{ filters: [{ propertyName: 'name', operator: 'EQ', value: name }] }],
        properties: ['name'],
        limit: 1,
        after: '0',
        sorts: [],
      });
      return wire.results(body, wire.objectSchema)[0]?.id ?? null;
    },

    /** Created already associated with the contact (docs/crm/hubspot.md §5: associations on create). */
    async createCompany(name: string, contactId: string): Promise<string> {
      const what = `create company "${name}"`;
      const body = await call('POST', '/crm/v3/objects/companies', what, {
        properties: { name },
        associations: [
          {
            to: { id: contactId },
            types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: COMPANY_TO_CONTACT }],
          },
        ],
      });
      return wire.read(body, wire.objectSchema, what).id;
    },

    /** The default (unlabelled) association, for a company that already exists (Associations v4). */
    async associateCompany(contactId: string, companyId: string, companyName: string): Promise<void> {
      await call(
        'PUT',
        `/crm/v4/objects/contacts/${encodeURIComponent(contactId)}/associations/default/companies/${encodeURIComponent(companyId)}`,
        `associate contact with company "${companyName}"`,
      );
    },
  };
}

export type HubspotApi = ReturnType<typeof createHubspotApi>;
