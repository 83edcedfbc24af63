/**
 * Lead label name → id per Pipedrive company, so a steady stream of leads does not list the labels
 * every time. In memory only: it is rebuilt from Pipedrive after a restart, and dropped whenever
 * Pipedrive refuses a lead that carried one of its ids.
 */

function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('pt-BR');
}

export class LabelCache {
  private readonly byName = new Map<string, string>();
  private loaded = false;

  get known(): boolean {
    return this.loaded;
  }

  get(name: string): string | undefined {
    return this.byName.get(nameKey(name));
  }

  has(id: string): boolean {
    return [...this.byName.values()].includes(id);
  }

  set(name: string, id: string): void {
    this.byName.set(nameKey(name), id);
  }

  /** After reading the whole list (it is not paginated, docs/crm/pipedrive.md §6). */
  replaceAll(labels: Iterable<{ name: string; id: string }>): void {
    this.byName.clear();
    for (const l of labels) this.byName.set(nameKey(l.name), l.id);
    this.loaded = true;
  }

  forget(): void {
    this.byName.clear();
    this.loaded = false;
  }
}

export class LabelCaches {
  private readonly byCompany = new Map<string, LabelCache>();

  for(companyKey: string): LabelCache {
    let cache = this.byCompany.get(companyKey);
    if (!cache) {
      cache = new LabelCache();
      this.byCompany.set(companyKey, cache);
    }
    return cache;
  }

  clear(): void {
    this.byCompany.clear();
  }
}

/** The process-wide caches the connector and the wizard's lookups share. */
export const sharedLabelCaches = new LabelCaches();
