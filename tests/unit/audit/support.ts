import type { AuditEntry, AuditKind, Client, OutputOf } from '#contract';
import type { Core } from '../../../electron/core';
import { call } from '../support/core-harness';

export const AC_URL = 'https://acme.api-us1.com';
export const AC_KEY = 'ac-key-0123456789abcdef0123456789abcdef';

/** A client's whole history, oldest first (the page lists newest first). */
export async function history(core: Core, clientId: string, kinds?: AuditKind[]): Promise<AuditEntry[]> {
  const out = await call<OutputOf<'audit:list'>>(core, 'audit:list', { clientId, kinds, limit: 200 });
  return [...out.rows].reverse();
}

export function createClient(core: Core, name = 'Acme'): Promise<Client> {
  return call<Client>(core, 'clients:create', { name });
}

export function acConfig(overrides: object = {}) {
  return {
    apiUrl: AC_URL,
    name: 'AC main',
    fixedTags: ['old', 'lead'],
    lists: [{ id: '1', name: 'Newsletter' }],
    ...overrides,
  };
}

/** Every text of the audit_log table, to search for a secret that must not be there. */
export function wholeTable(core: Core): string {
  const rows = core.forTests.sqlite.prepare('SELECT * FROM audit_log').all();
  return JSON.stringify(rows);
}
