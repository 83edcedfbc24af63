import { nameKey } from './tag-names';

/**
 * Name → id lookups (tags, lists, fields, accounts) remembered per AC account, so a steady stream
 * of leads does not search for "high-score" every time. In memory only: it is rebuilt from AC
 * after a restart, and an entry is dropped or replaced whenever AC says an id is gone (404) or a
 * name is missing (miss).
 */

export type AcEntity = 'tag' | 'list' | 'field' | 'account';

export class AcIdCache {
  private readonly maps: Record<AcEntity, Map<string, string>> = {
    tag: new Map(),
    list: new Map(),
    field: new Map(),
    account: new Map(),
  };

  get(kind: AcEntity, name: string): string | undefined {
    return this.maps[kind].get(nameKey(name));
  }

  set(kind: AcEntity, name: string, id: string): void {
    this.maps[kind].set(nameKey(name), id);
  }

  forget(kind: AcEntity, name: string): void {
    this.maps[kind].delete(nameKey(name));
  }

  /** After reading a complete listing: entries no longer in AC disappear with it. */
  replaceAll(kind: AcEntity, entries: Iterable<{ name: string; id: string }>): void {
    const map = this.maps[kind];
    map.clear();
    for (const e of entries) map.set(nameKey(e.name), e.id);
  }

  /** An independent copy, for the preview: what it learns from made-up answers must not stick. */
  clone(): AcIdCache {
    const copy = new AcIdCache();
    for (const kind of Object.keys(this.maps) as AcEntity[]) {
      for (const [key, id] of this.maps[kind]) copy.maps[kind].set(key, id);
    }
    return copy;
  }

  size(kind: AcEntity): number {
    return this.maps[kind].size;
  }
}

export class AcIdCaches {
  private readonly byAccount = new Map<string, AcIdCache>();

  /** `accountKey` from url.ts: one cache per AC account, shared by its integrations. */
  for(accountKey: string): AcIdCache {
    let cache = this.byAccount.get(accountKey);
    if (!cache) {
      cache = new AcIdCache();
      this.byAccount.set(accountKey, cache);
    }
    return cache;
  }

  clear(): void {
    this.byAccount.clear();
  }
}

/** The process-wide caches the connector and the wizard's lookups share. */
export const sharedAcIdCaches = new AcIdCaches();
