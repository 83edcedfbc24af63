/**
 * Records hanging off a contact (field values, tags, list memberships,
 * company links), indexed so upserts and per-contact reads stay O(1) even
 * when a benchmark pushes many thousands of contacts.
 */
export class ContactLinks<T extends { id: string; contact: string }> {
  private readonly byId = new Map<string, T>();
  private readonly byKey = new Map<string, string>();
  private readonly byContact = new Map<string, Set<string>>();

  /** `keyOf` names what must be unique, e.g. contact + field. */
  constructor(private readonly keyOf: (record: T) => string) {}

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  find(key: string): T | undefined {
    const id = this.byKey.get(key);
    return id === undefined ? undefined : this.byId.get(id);
  }

  add(record: T): T {
    this.byId.set(record.id, record);
    this.byKey.set(this.keyOf(record), record.id);
    const ids = this.byContact.get(record.contact) ?? new Set<string>();
    ids.add(record.id);
    this.byContact.set(record.contact, ids);
    return record;
  }

  delete(id: string): boolean {
    const record = this.byId.get(id);
    if (!record) return false;
    this.byId.delete(id);
    this.byKey.delete(this.keyOf(record));
    this.byContact.get(record.contact)?.delete(id);
    return true;
  }

  /** In creation order. */
  ofContact(contactId: string): T[] {
    const out: T[] = [];
    for (const id of this.byContact.get(contactId) ?? []) {
      const record = this.byId.get(id);
      if (record) out.push(record);
    }
    return out;
  }

  values(): IterableIterator<T> {
    return this.byId.values();
  }

  get size(): number {
    return this.byId.size;
  }

  clear(): void {
    this.byId.clear();
    this.byKey.clear();
    this.byContact.clear();
  }
}
