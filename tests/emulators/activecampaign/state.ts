import { ContactLinks } from './links';
import { applySeed } from './seed';
import { buildSnapshot, contactView, type AcContactView, type AcStateSnapshot } from './snapshot';
import type {
  AcSeed,
  AccountContactRecord,
  AccountRecord,
  Clock,
  ContactListRecord,
  ContactListStatus,
  ContactRecord,
  ContactTagRecord,
  FieldRecord,
  FieldRelRecord,
  FieldType,
  FieldValueRecord,
  ListRecord,
  TagRecord,
  TagType,
} from './types';
import { acTimestamp, perstagFor, sameName, stringidFor } from './util';

type Collection =
  | 'contact'
  | 'fieldValue'
  | 'tag'
  | 'contactTag'
  | 'list'
  | 'contactList'
  | 'field'
  | 'fieldRel'
  | 'account'
  | 'accountContact';

export interface ContactInput {
  email: string;
  firstName?: string | undefined;
  lastName?: string | undefined;
  phone?: string | undefined;
}

/**
 * The data of one AC account. Routes and seeds share these operations so a
 * seeded contact looks exactly like one created over HTTP. Maps keep
 * insertion order, which is id order, which is AC's default order.
 */
export class AcAccountState {
  readonly contacts = new Map<string, ContactRecord>();
  readonly fieldValues = new ContactLinks<FieldValueRecord>((r) => `${r.contact}:${r.field}`);
  readonly tags = new Map<string, TagRecord>();
  readonly contactTags = new ContactLinks<ContactTagRecord>((r) => `${r.contact}:${r.tag}`);
  readonly lists = new Map<string, ListRecord>();
  readonly contactLists = new ContactLinks<ContactListRecord>((r) => `${r.contact}:${r.list}`);
  readonly fields = new Map<string, FieldRecord>();
  readonly fieldRels = new Map<string, FieldRelRecord>();
  readonly accounts = new Map<string, AccountRecord>();
  /** Keyed by contact alone: AC allows one company per contact. */
  readonly accountContacts = new ContactLinks<AccountContactRecord>((r) => r.contact);

  // Benchmarks push thousands of contacts; upserts must not scan.
  private readonly emailIndex = new Map<string, string>();
  private readonly counters = new Map<Collection, number>();
  private readonly seeds: AcSeed[];

  constructor(
    readonly clock: Clock,
    initialSeeds: AcSeed[],
  ) {
    this.seeds = initialSeeds;
    for (const seed of initialSeeds) applySeed(this, seed);
  }

  nextId(collection: Collection): string {
    const n = (this.counters.get(collection) ?? 0) + 1;
    this.counters.set(collection, n);
    return String(n);
  }

  now(): string {
    return acTimestamp(this.clock);
  }

  /** Back to the start-up seed: ids restart at 1. */
  reset(): void {
    for (const map of [
      this.contacts,
      this.fieldValues,
      this.tags,
      this.contactTags,
      this.lists,
      this.contactLists,
      this.fields,
      this.fieldRels,
      this.accounts,
      this.accountContacts,
      this.emailIndex,
      this.counters,
    ]) {
      map.clear();
    }
    for (const seed of this.seeds) applySeed(this, seed);
  }

  seed(seed: AcSeed): void {
    applySeed(this, seed);
  }

  snapshot(): AcStateSnapshot {
    return buildSnapshot(this);
  }

  /** The contact with its tags, lists, field values and company, or undefined. */
  contact(email: string): AcContactView | undefined {
    const record = this.findContactByEmail(email);
    return record ? contactView(this, record) : undefined;
  }

  findContactByEmail(email: string): ContactRecord | undefined {
    const id = this.emailIndex.get(email.trim().toLowerCase());
    return id === undefined ? undefined : this.contacts.get(id);
  }

  /** Returns the contact and whether it was created. */
  upsertContact(input: ContactInput): { contact: ContactRecord; created: boolean } {
    const existing = this.findContactByEmail(input.email);
    const now = this.now();
    if (existing) {
      if (input.firstName !== undefined) existing.firstName = input.firstName;
      if (input.lastName !== undefined) existing.lastName = input.lastName;
      if (input.phone !== undefined) existing.phone = input.phone;
      existing.udate = now;
      return { contact: existing, created: false };
    }
    const contact: ContactRecord = {
      id: this.nextId('contact'),
      // AC stores addresses in lower case; the lookup key follows suit.
      email: input.email.trim().toLowerCase(),
      firstName: input.firstName ?? '',
      lastName: input.lastName ?? '',
      phone: input.phone ?? '',
      cdate: now,
      udate: now,
    };
    this.contacts.set(contact.id, contact);
    this.emailIndex.set(contact.email, contact.id);
    return { contact, created: true };
  }

  setFieldValue(contactId: string, fieldId: string, value: string): FieldValueRecord {
    const now = this.now();
    const existing = this.fieldValues.find(`${contactId}:${fieldId}`);
    if (existing) {
      existing.value = value;
      existing.udate = now;
      return existing;
    }
    const fv: FieldValueRecord = {
      id: this.nextId('fieldValue'),
      contact: contactId,
      field: fieldId,
      value,
      cdate: now,
      udate: now,
    };
    return this.fieldValues.add(fv);
  }

  findTagByName(name: string): TagRecord | undefined {
    for (const tag of this.tags.values()) if (sameName(tag.tag, name)) return tag;
    return undefined;
  }

  createTag(name: string, tagType: TagType = 'contact', description = ''): TagRecord {
    const tag: TagRecord = { id: this.nextId('tag'), tag: name, tagType, description, cdate: this.now() };
    this.tags.set(tag.id, tag);
    return tag;
  }

  /** Attaching a tag twice returns the first link, as AC does. */
  attachTag(contactId: string, tagId: string): ContactTagRecord {
    const existing = this.contactTags.find(`${contactId}:${tagId}`);
    if (existing) return existing;
    const ct: ContactTagRecord = { id: this.nextId('contactTag'), contact: contactId, tag: tagId, cdate: this.now() };
    return this.contactTags.add(ct);
  }

  findListByName(name: string): ListRecord | undefined {
    for (const list of this.lists.values()) if (sameName(list.name, name)) return list;
    return undefined;
  }

  createList(name: string, archived = false): ListRecord {
    const id = this.nextId('list');
    const list: ListRecord = {
      id,
      name,
      stringid: stringidFor(name) || `list-${id}`,
      userid: '1',
      cdate: this.now(),
      archived,
    };
    this.lists.set(id, list);
    return list;
  }

  /** One membership per (contact, list); a second call updates its status. */
  subscribe(contactId: string, listId: string, status: ContactListStatus, sourceid = '0'): ContactListRecord {
    const now = this.now();
    const existing = this.contactLists.find(`${contactId}:${listId}`);
    if (existing) {
      existing.status = status;
      existing.sourceid = sourceid;
      existing.udate = now;
      return existing;
    }
    const cl: ContactListRecord = {
      id: this.nextId('contactList'),
      contact: contactId,
      list: listId,
      status,
      sourceid,
      sdate: now,
      udate: now,
    };
    return this.contactLists.add(cl);
  }

  findFieldByTitle(title: string): FieldRecord | undefined {
    for (const field of this.fields.values()) if (sameName(field.title, title)) return field;
    return undefined;
  }

  createField(input: {
    title: string;
    type: FieldType;
    perstag?: string | undefined;
    descript?: string;
    defval?: string;
    visible?: boolean;
  }): FieldRecord {
    const id = this.nextId('field');
    const now = this.now();
    const field: FieldRecord = {
      id,
      title: input.title,
      type: input.type,
      descript: input.descript ?? '',
      perstag: input.perstag ?? perstagFor(input.title),
      defval: input.defval ?? '',
      visible: input.visible ?? true,
      ordernum: id,
      cdate: now,
      udate: now,
    };
    this.fields.set(id, field);
    return field;
  }

  findAccountByName(name: string): AccountRecord | undefined {
    for (const account of this.accounts.values()) if (sameName(account.name, name)) return account;
    return undefined;
  }

  createAccount(input: {
    name: string;
    accountUrl?: string | null;
    owner?: string;
    fields?: AccountRecord['fields'];
  }): AccountRecord {
    const now = this.now();
    const account: AccountRecord = {
      id: this.nextId('account'),
      name: input.name,
      accountUrl: input.accountUrl ?? null,
      owner: input.owner ?? '1',
      fields: input.fields ?? [],
      createdTimestamp: now,
      updatedTimestamp: now,
    };
    this.accounts.set(account.id, account);
    return account;
  }

  accountLinkOf(contactId: string): AccountContactRecord | undefined {
    return this.accountContacts.find(contactId);
  }

  linkAccount(accountId: string, contactId: string, jobTitle: string | null): AccountContactRecord {
    const now = this.now();
    const link: AccountContactRecord = {
      id: this.nextId('accountContact'),
      account: accountId,
      contact: contactId,
      jobTitle,
      createdTimestamp: now,
      updatedTimestamp: now,
    };
    return this.accountContacts.add(link);
  }
}
