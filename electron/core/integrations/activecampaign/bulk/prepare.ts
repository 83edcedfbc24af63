import { ConnectorError, type BulkContext } from '../../connector';
import { createAcApi } from '../api-client';
import type { AcConfig } from '../config';
import type { AcIdCache } from '../id-cache';

/** How long a check of the mapped fields and lists holds: two reads per account every ten minutes. */
export const PREPARE_FRESH_MS = 10 * 60_000;

const checked = new WeakMap<AcIdCache, { at: number; stamp: string }>();

function stampOf(config: AcConfig): string {
  return JSON.stringify([config.mapping.fields.map((m) => m.field), config.lists]);
}

/**
 * The import takes custom fields and lists by id and says nothing about an id that no longer
 * exists. So before importing, the account's fields and lists are read (one page each, usually)
 * and the cache learns any id AC changed; a mapped field or list that is gone stops bulk sending
 * for the integration, and its leads go one by one, where each one's attempt says what is missing.
 */
export async function prepareImport(ctx: BulkContext<AcConfig>, apiKey: string, cache: AcIdCache): Promise<void> {
  const { config } = ctx;
  const stamp = stampOf(config);
  const last = checked.get(cache);
  if (last && last.stamp === stamp && ctx.now() - last.at < PREPARE_FRESH_MS) return;
  const api = createAcApi({ http: ctx.http, apiUrl: config.apiUrl, apiKey });
  if (config.mapping.fields.length > 0) {
    const fields = await api.listFields();
    cache.replaceAll(
      'field',
      fields.map((f) => ({ name: f.title, id: f.id })),
    );
    const missing = config.mapping.fields.filter((m) => cache.get('field', m.field.title) === undefined);
    if (missing.length > 0) {
      const names = missing.map((m) => `"${m.field.title}"`).join(', ');
      throw new ConnectorError(
        'permanent',
        `The custom field ${names} no longer exists in ActiveCampaign, so leads are sent one by one.`,
        { details: { reason: 'field_missing' } },
      );
    }
  }
  if (config.lists.length > 0) {
    const lists = await api.listLists();
    cache.replaceAll(
      'list',
      lists.map((l) => ({ name: l.name, id: l.id })),
    );
    const missing = config.lists.filter((l) => cache.get('list', l.name) === undefined);
    if (missing.length > 0) {
      const names = missing.map((l) => `"${l.name}"`).join(', ');
      throw new ConnectorError(
        'permanent',
        `The list ${names} was not found in ActiveCampaign (deleted, or archived), so leads are sent one by one.`,
        { details: { reason: 'list_unavailable' } },
      );
    }
  }
  checked.set(cache, { at: ctx.now(), stamp });
}
