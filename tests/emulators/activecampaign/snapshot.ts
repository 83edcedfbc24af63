import type { AcAccountState } from './state';
import type {
  AccountRecord,
  ContactListStatus,
  ContactRecord,
  FieldRecord,
  FieldRelRecord,
  ListRecord,
  TagRecord,
} from './types';

/** A contact joined with everything attached to it: the shape tests assert on. */
export interface AcContactView extends ContactRecord {
  /** Tag names, in the order they were attached. */
  tags: string[];
  lists: Array<{ id: string; name: string; status: ContactListStatus }>;
  /** Field id → value. */
  fieldValues: Record<string, string>;
  /** Field title → value, for readable assertions. */
  fieldsByTitle: Record<string, string>;
  account: { id: string; name: string; jobTitle: string | null } | null;
}

export interface AcStateSnapshot {
  contacts: AcContactView[];
  tags: TagRecord[];
  lists: ListRecord[];
  fields: FieldRecord[];
  fieldRels: FieldRelRecord[];
  accounts: Array<AccountRecord & { contactIds: string[] }>;
}

export function contactView(state: AcAccountState, contact: ContactRecord): AcContactView {
  const tags: string[] = [];
  for (const ct of state.contactTags.ofContact(contact.id)) {
    const tag = state.tags.get(ct.tag);
    if (tag) tags.push(tag.tag);
  }

  const lists: AcContactView['lists'] = [];
  for (const cl of state.contactLists.ofContact(contact.id)) {
    const list = state.lists.get(cl.list);
    lists.push({ id: cl.list, name: list?.name ?? '', status: cl.status });
  }

  const fieldValues: Record<string, string> = {};
  const fieldsByTitle: Record<string, string> = {};
  for (const fv of state.fieldValues.ofContact(contact.id)) {
    fieldValues[fv.field] = fv.value;
    const field = state.fields.get(fv.field);
    if (field) fieldsByTitle[field.title] = fv.value;
  }

  const link = state.accountLinkOf(contact.id);
  const account = link ? state.accounts.get(link.account) : undefined;

  return {
    ...contact,
    tags,
    lists,
    fieldValues,
    fieldsByTitle,
    account: link && account ? { id: account.id, name: account.name, jobTitle: link.jobTitle } : null,
  };
}

/** Plain, JSON-safe copies: mutating them never changes the emulator. */
export function buildSnapshot(state: AcAccountState): AcStateSnapshot {
  const contactIdsByAccount = new Map<string, string[]>();
  for (const link of state.accountContacts.values()) {
    const ids = contactIdsByAccount.get(link.account) ?? [];
    ids.push(link.contact);
    contactIdsByAccount.set(link.account, ids);
  }
  return {
    contacts: [...state.contacts.values()].map((c) => contactView(state, c)),
    tags: [...state.tags.values()].map((t) => ({ ...t })),
    lists: [...state.lists.values()].map((l) => ({ ...l })),
    fields: [...state.fields.values()].map((f) => ({ ...f })),
    fieldRels: [...state.fieldRels.values()].map((r) => ({ ...r })),
    accounts: [...state.accounts.values()].map((a) => ({
      ...a,
      fields: a.fields.map((f) => ({ ...f })),
      contactIds: contactIdsByAccount.get(a.id) ?? [],
    })),
  };
}
