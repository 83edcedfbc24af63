import type { activecampaignChannels } from '#contract/activecampaign';
import type { Db } from '../../db/connection';
import { AppError, fieldError } from '../../errors';
import type { EventBus } from '../../events';
import type { HandlerSlice } from '../../rpc/handlers';
import type { Vault } from '../../vault/vault';
import { maskHint } from '../../vault/vault';
import { remote } from '../app-errors';
import { ConnectorError } from '../connector';
import type { LookupHttpFactory } from '../fetch-http-client';
import type { IntegrationRow, IntegrationsRepository } from '../repository';
import { acDetails, isDuplicate } from './errors';
import { sharedAcIdCaches, type AcIdCaches } from './id-cache';
import { apiFor, resolveConnection, storedApiUrl, typedApiKey, type AcConnection } from './connection';
import { splitFullName } from '../shared/name-split';
import type { SampleLeads } from '../shared/sample-lead';
import { previewRequests } from './preview';
import { parseAcConfig, saveActiveCampaign } from './save';
import { checkTagName, foldAccents, nameKey } from './tag-names';
import { accountKeyOf } from './url';

type AcChannels =
  | 'activecampaign:save'
  | 'activecampaign:checkConnection'
  | 'activecampaign:lists'
  | 'activecampaign:tags'
  | 'activecampaign:fields'
  | 'activecampaign:createField'
  | 'activecampaign:createList'
  | 'activecampaign:createTag'
  | 'activecampaign:checkTagNames'
  | 'activecampaign:splitName'
  | 'activecampaign:preview';

export interface AcHandlerDeps {
  db: Db;
  repo: IntegrationsRepository;
  vault: Vault;
  events: EventBus;
  lookupHttp: LookupHttpFactory;
  /** The test lead, as the preview shows it. */
  samples: SampleLeads;
  caches?: AcIdCaches;
}

const NOT_AC_API =
  'No ActiveCampaign API answered at this URL. Copy the API URL from ActiveCampaign under Settings → Developer.';

/** On the connection check, a 404, a redirect or a web page instead of JSON mean the URL is wrong. */
function connectionCheckError(err: unknown): unknown {
  if (!(err instanceof ConnectorError)) return err;
  const reason = acDetails(err)?.reason ?? (err.details as { reason?: string } | undefined)?.reason;
  if (err.status === 404 || reason === 'redirect' || reason === 'bad_json' || reason === 'unexpected') {
    return fieldError('invalid_input', 'apiUrl', 'not_ac_api', NOT_AC_API);
  }
  return err;
}

/** AC's `stringid`: the name in lower case, accents folded, anything else a hyphen. */
function listStringId(name: string): string {
  const slug = foldAccents(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return slug === '' ? 'list' : slug;
}

export function activecampaignHandlers(deps: AcHandlerDeps): {
  handlers: HandlerSlice<AcChannels & keyof typeof activecampaignChannels>;
  /** The live check activation runs: the config is valid, the key is stored and AC accepts it. */
  verify: (row: IntegrationRow) => Promise<void>;
} {
  const { repo, vault, lookupHttp } = deps;
  const caches = deps.caches ?? sharedAcIdCaches;
  const connect = (input: Parameters<typeof resolveConnection>[0]): AcConnection =>
    resolveConnection(input, { repo, vault });

  async function me(conn: AcConnection) {
    try {
      return await apiFor(conn, lookupHttp).me();
    } catch (err) {
      throw connectionCheckError(err);
    }
  }

  return {
    async verify(row) {
      const config = parseAcConfig(row.config);
      if (row.credentialId === null || !vault.describe(row.credentialId).set) {
        throw fieldError('invalid_input', 'apiKey', 'empty', 'Enter the API key before activating the integration.');
      }
      const conn = resolveConnection({ integrationId: row.id, apiUrl: config.apiUrl }, { repo, vault });
      await remote(() => me(conn));
    },
    handlers: {
      'activecampaign:save': (input) => saveActiveCampaign(input, deps),

      'activecampaign:checkConnection': async (input) => {
        const conn = connect(input);
        const user = await remote(() => me(conn));
        const name = `${user.firstName} ${user.lastName}`.trim() || user.username;
        return { apiUrl: conn.apiUrl, user: { name, email: user.email, username: user.username } };
      },

      'activecampaign:lists': async (input) => {
        const conn = connect(input);
        const lists = await remote(() => apiFor(conn, lookupHttp).listLists());
        caches.for(conn.accountKey).replaceAll(
          'list',
          lists.map((l) => ({ name: l.name, id: l.id })),
        );
        return lists.map((l) => ({ id: l.id, name: l.name, stringid: l.stringid }));
      },

      'activecampaign:tags': async (input) => {
        const conn = connect(input);
        const search = input.search?.trim() ?? '';
        const tags = await remote(() => apiFor(conn, lookupHttp).listTags(search));
        const cache = caches.for(conn.accountKey);
        if (search === '')
          cache.replaceAll(
            'tag',
            tags.map((t) => ({ name: t.tag, id: t.id })),
          );
        else for (const t of tags) cache.set('tag', t.tag, t.id);
        return tags.map((t) => ({ id: t.id, name: t.tag }));
      },

      'activecampaign:fields': async (input) => {
        const conn = connect(input);
        const fields = await remote(() => apiFor(conn, lookupHttp).listFields());
        caches.for(conn.accountKey).replaceAll(
          'field',
          fields.map((f) => ({ name: f.title, id: f.id })),
        );
        return fields.map(({ id, title, type, perstag }) => ({ id, title, type, perstag }));
      },

      'activecampaign:createField': async (input) => {
        const conn = connect(input);
        const api = apiFor(conn, lookupHttp);
        const cache = caches.for(conn.accountKey);
        return remote(async () => {
          try {
            const field = await api.createField(input.title, input.type);
            await api.showFieldOnAllLists(field.id, field.title);
            cache.set('field', field.title, field.id);
            return {
              field: { id: field.id, title: field.title, type: field.type, perstag: field.perstag },
              created: true,
            };
          } catch (err) {
            if (!(err instanceof ConnectorError) || !isDuplicate(err)) throw err;
            // "There is already a field with this title": that field is the one the user means.
            const existing = (await api.listFields()).find((f) => nameKey(f.title) === nameKey(input.title));
            if (!existing) throw err;
            cache.set('field', existing.title, existing.id);
            const { id, title, type, perstag } = existing;
            return { field: { id, title, type, perstag }, created: false };
          }
        });
      },

      'activecampaign:createList': async (input) => {
        const conn = connect(input);
        const api = apiFor(conn, lookupHttp);
        const cache = caches.for(conn.accountKey);
        const existing = async () => (await api.listLists()).find((l) => nameKey(l.name) === nameKey(input.name));
        return remote(async () => {
          const found = await existing();
          if (found) return { list: { id: found.id, name: found.name }, created: false };
          const slug = listStringId(input.name);
          // The sender URL must be one the account owns: its own address, until the agency sets the client's site.
          const sender = new URL(conn.apiUrl).origin;
          let list;
          try {
            list = await api.createList(input.name, slug, sender);
          } catch (err) {
            if (!(err instanceof ConnectorError) || !isDuplicate(err)) throw err;
            // Another list has that stringid under a different name: the new one gets a suffix.
            list = await api.createList(input.name, `${slug}-${Date.now().toString(36)}`, sender);
          }
          cache.set('list', list.name, list.id);
          return { list: { id: list.id, name: list.name }, created: true };
        });
      },

      'activecampaign:createTag': async (input) => {
        const conn = connect(input);
        const api = apiFor(conn, lookupHttp);
        const cache = caches.for(conn.accountKey);
        return remote(async () => {
          const found = await api.findTag(input.name);
          if (found) return { tag: { id: found.id, name: found.tag }, created: false };
          const tag = await api.createTag(input.name);
          cache.set('tag', tag.tag, tag.id);
          return { tag: { id: tag.id, name: tag.tag }, created: true };
        });
      },

      'activecampaign:checkTagNames': ({ names }) => names.map((n) => checkTagName(n)),

      'activecampaign:splitName': ({ fullName }) => splitFullName(fullName),

      'activecampaign:preview': async (input) => {
        const row = input.integrationId !== undefined ? repo.require(input.integrationId, 'activecampaign') : null;
        if (!row && input.config === undefined) {
          throw new AppError('invalid_input', 'Pass the settings to preview, or the id of a saved integration.');
        }
        const config = parseAcConfig(input.config ?? row?.config);
        let apiKey = typedApiKey(input.apiKey);
        // The stored key goes only to the URL it was saved with, as everywhere else.
        if (apiKey === null && row?.credentialId && storedApiUrl(row.config) === config.apiUrl) {
          apiKey = vault.get(row.credentialId);
        }
        const conn = apiKey === null ? null : resolveConnection({ apiUrl: config.apiUrl, apiKey }, { repo, vault });
        const clientId = row?.clientId ?? input.clientId ?? null;
        const lead = deps.samples.forClient(clientId, input.lead);
        const result = await previewRequests({
          config,
          lead,
          clientId: clientId ?? '00000000-0000-4000-8000-000000000000',
          apiKey,
          keyHint: apiKey === null ? '(your API key)' : maskHint(apiKey),
          live: conn ? lookupHttp({ type: 'activecampaign', rateLimitKey: conn.accountKey }) : null,
          cache: caches.for(accountKeyOf(config.apiUrl)),
        });
        return { ...result, lead };
      },
    },
  };
}
