import type { AcAccountState } from './state';
import type { AcSeed } from './types';

/**
 * What a fresh emulator account holds unless `defaultSeed: false`:
 * lists 1 "Newsletter" and 2 "Clientes 2026", fields 1 "Lead Score" and
 * 2 "CNPJ". No tags, contacts or companies, so every test creates its own.
 */
export const DEFAULT_SEED: AcSeed = {
  lists: ['Newsletter', 'Clientes 2026'],
  fields: [
    { title: 'Lead Score', type: 'text', perstag: 'LEAD_SCORE' },
    { title: 'CNPJ', type: 'text', perstag: 'CNPJ' },
  ],
};

/** Applies a seed on top of the current data. Names already present are reused, not duplicated. */
export function applySeed(state: AcAccountState, seed: AcSeed): void {
  for (const entry of seed.lists ?? []) {
    const spec = typeof entry === 'string' ? { name: entry } : entry;
    const existing = state.findListByName(spec.name);
    if (existing) existing.archived = spec.archived ?? existing.archived;
    else state.createList(spec.name, spec.archived ?? false);
  }

  const extra = seed.extraLists ?? 0;
  const width = Math.max(2, String(extra).length);
  for (let i = 1; i <= extra; i++) {
    const name = `Lista ${String(i).padStart(width, '0')}`;
    if (!state.findListByName(name)) state.createList(name);
  }

  for (const name of seed.tags ?? []) {
    if (!state.findTagByName(name)) state.createTag(name);
  }

  for (const field of seed.fields ?? []) {
    if (!state.findFieldByTitle(field.title)) {
      state.createField({ title: field.title, type: field.type ?? 'text', perstag: field.perstag });
    }
  }

  for (const name of seed.accounts ?? []) {
    if (!state.findAccountByName(name)) state.createAccount({ name });
  }

  for (const c of seed.contacts ?? []) {
    const { contact } = state.upsertContact(c);
    for (const tagName of c.tags ?? []) {
      const tag = state.findTagByName(tagName) ?? state.createTag(tagName);
      state.attachTag(contact.id, tag.id);
    }
    for (const listName of c.lists ?? []) {
      const list = state.findListByName(listName);
      // A typo in a test seed should fail loudly, not yield a silently empty list.
      if (!list) throw new Error(`AC emulator seed: unknown list "${listName}"`);
      state.subscribe(contact.id, list.id, '1');
    }
    if (c.account !== undefined && !state.accountLinkOf(contact.id)) {
      const account = state.findAccountByName(c.account) ?? state.createAccount({ name: c.account });
      state.linkAccount(account.id, contact.id, null);
    }
  }
}
