import type { ZodType } from 'zod';
import { ConnectorError, type HttpClient, type HttpRequest } from '../connector';
import { errorFromResponse } from './errors';
import { collectAllPages, parseTotal, type Page } from './pagination';
import { nameKey } from './tag-names';
import * as wire from './wire';

/**
 * Typed calls to AC API v3 over the connector `HttpClient`, so the same code runs inside the
 * dispatch engine (rate-limited, recorded) and in the wizard's lookups. Non-2xx answers become
 * classified `ConnectorError`s (errors.ts); 2xx bodies are read leniently (wire.ts).
 */

export interface AcApiOptions {
  http: HttpClient;
  /** Normalised, ending in /api/3 (url.ts). */
  apiUrl: string;
  apiKey: string;
  timeoutMs?: number;
}

export interface ContactInput {
  email: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
  fieldValues?: Array<{ field: string; value: string }>;
}

export interface SyncedContact {
  id: string;
  /** Field ids AC echoed back as written. */
  writtenFieldIds: Set<string>;
}

type Query = Record<string, string | number>;

/** The spec types these ids as integers; anything not numeric (the preview's placeholders) stays text. */
function int(id: string): number | string {
  return /^\d{1,15}$/.test(id) ? Number(id) : id;
}

/** The contact id and the custom field values AC echoed as written. */
function written(body: unknown, what: string): SyncedContact {
  const { id } = wire.one(body, 'contact', wire.contactSchema, what);
  const fields = wire.many(body, 'fieldValues', wire.fieldValueSchema).map((fv) => fv.field);
  return { id, writtenFieldIds: new Set(fields) };
}

export function createAcApi(options: AcApiOptions) {
  const { http, apiUrl, apiKey, timeoutMs } = options;

  async function call(
    method: HttpRequest['method'],
    path: string,
    what: string,
    init: { query?: Query; json?: unknown } = {},
  ) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(init.query ?? {})) params.set(k, String(v));
    const qs = params.size > 0 ? `?${params.toString()}` : '';
    const req: HttpRequest = {
      method,
      url: `${apiUrl}${path}${qs}`,
      headers: { 'Api-Token': apiKey },
      label: what,
    };
    if (init.json !== undefined) req.json = init.json;
    if (timeoutMs !== undefined) req.timeoutMs = timeoutMs;
    const res = await http.request(req);
    if (res.status < 200 || res.status >= 300) throw errorFromResponse(res, what);
    try {
      return res.json();
    } catch (err) {
      throw err instanceof ConnectorError ? err : wire.unexpected(what, err);
    }
  }

  function pages<T>(path: string, key: string, schema: ZodType<T>, what: string, query: Query = {}) {
    return collectAllPages(async (offset, limit): Promise<Page<T>> => {
      const body = await call('GET', path, what, { query: { ...query, limit, offset } });
      return { items: wire.many(body, key, schema), total: parseTotal(wire.metaOf(body)) };
    });
  }

  /** Every page of the tags, optionally narrowed by AC's "contains" search. */
  function listTags(search?: string): Promise<wire.AcTag[]> {
    const query: Query = search === undefined || search === '' ? {} : { search };
    return pages('/tags', 'tags', wire.tagSchema, 'list tags', query);
  }

  return {
    async me(): Promise<wire.AcUser> {
      return wire.one(await call('GET', '/users/me', 'check connection'), 'user', wire.userSchema, 'check connection');
    },

    async syncContact(contact: ContactInput): Promise<SyncedContact> {
      return written(await call('POST', '/contact/sync', 'sync contact', { json: { contact } }), 'sync contact');
    },

    /**
     * POST /contacts creates only: a 201 means the contact is new (no lists, tags or account yet), and
     * an e-mail already in the account is refused with 422 `duplicate` (docs/crm/activecampaign.md §4).
     */
    async createContact(contact: ContactInput): Promise<SyncedContact> {
      return written(await call('POST', '/contacts', 'create contact', { json: { contact } }), 'create contact');
    },

    /** List id → membership status ("1" active, "2" unsubscribed) for one contact. */
    async contactListStatuses(contactId: string): Promise<Map<string, string>> {
      const body = await call('GET', `/contacts/${encodeURIComponent(contactId)}`, 'read list memberships');
      return new Map(wire.many(body, 'contactLists', wire.contactListSchema).map((cl) => [cl.list, cl.status]));
    },

    listTags,

    /** AC's tag search is "contains": it gives a shortlist, and the exact name is picked here. */
    async findTag(name: string): Promise<wire.AcTag | undefined> {
      const key = nameKey(name);
      return (await listTags(name)).find((t) => nameKey(t.tag) === key);
    },

    async createTag(name: string): Promise<wire.AcTag> {
      const what = `create tag "${name}"`;
      const body = await call('POST', '/tags', what, {
        json: { tag: { tag: name, tagType: 'contact', description: 'Created by Zero Bad Leads' } },
      });
      return wire.one(body, 'tag', wire.tagSchema, what);
    },

    async tagContact(contactId: string, tagId: string, tagName: string): Promise<void> {
      await call('POST', '/contactTags', `add tag "${tagName}"`, {
        json: { contactTag: { contact: int(contactId), tag: int(tagId) } },
      });
    },

    listLists(): Promise<wire.AcList[]> {
      return pages('/lists', 'lists', wire.listSchema, 'list lists');
    },

    /**
     * AC requires a `stringid` (a URL-safe name), the sender's URL and a reminder of why the contact
     * is on the list (docs/crm/activecampaign.md §7); both can be edited in AC afterwards.
     */
    async createList(name: string, stringid: string, senderUrl: string): Promise<wire.AcList> {
      const what = `create list "${name}"`;
      const list = {
        name,
        stringid,
        sender_url: senderUrl,
        sender_reminder: 'You asked to be contacted by us through one of our forms.',
      };
      return wire.one(await call('POST', '/lists', what, { json: { list } }), 'list', wire.listSchema, what);
    },

    /** Status 1 (active); `sourceid` 4 marks a re-subscription, as AC asks (docs/crm/activecampaign.md §7). */
    async subscribe(contactId: string, listId: string, listName: string, resubscribing: boolean): Promise<void> {
      const contactList: Record<string, string> = { list: listId, contact: contactId, status: '1' };
      if (resubscribing) contactList.sourceid = '4';
      await call('POST', '/contactLists', `add to list "${listName}"`, { json: { contactList } });
    },

    listFields(): Promise<wire.AcField[]> {
      return pages('/fields', 'fields', wire.fieldSchema, 'list custom fields');
    },

    async createField(title: string, type: string): Promise<wire.AcField> {
      const what = `create custom field "${title}"`;
      const body = await call('POST', '/fields', what, { json: { field: { title, type, visible: true } } });
      return wire.one(body, 'field', wire.fieldSchema, what);
    },

    /** relid 0 shows the field on every list; without it the field is hidden in list forms. */
    async showFieldOnAllLists(fieldId: string, title: string): Promise<void> {
      await call('POST', '/fieldRels', `show custom field "${title}" on all lists`, {
        json: { fieldRel: { field: int(fieldId), relid: 0 } },
      });
    },

    async findAccount(name: string): Promise<wire.AcAccount | undefined> {
      const key = nameKey(name);
      const found = await pages('/accounts', 'accounts', wire.accountSchema, 'find account', { search: name });
      return found.find((a) => nameKey(a.name) === key);
    },

    async createAccount(name: string): Promise<wire.AcAccount> {
      const what = `create account "${name}"`;
      return wire.one(
        await call('POST', '/accounts', what, { json: { account: { name } } }),
        'account',
        wire.accountSchema,
        what,
      );
    },

    async linkAccount(accountId: string, contactId: string, accountName: string, jobTitle: string | null) {
      const accountContact: Record<string, string | number> = { account: int(accountId), contact: int(contactId) };
      if (jobTitle !== null && jobTitle.trim() !== '') accountContact.jobTitle = jobTitle.trim();
      await call('POST', '/accountContacts', `link contact to account "${accountName}"`, { json: { accountContact } });
    },
  };
}

export type AcApi = ReturnType<typeof createAcApi>;
