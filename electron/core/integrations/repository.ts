import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { AuditLog } from '../audit/log';
import type { IntegrationType } from './connector';
import type { Db } from '../db/connection';
import { clients, integrations } from '../db/schema';
import { AppError, fieldError } from '../errors';
import type { Clock } from '../ports';
import { integrationHistory } from './history';

export type IntegrationRow = typeof integrations.$inferSelect;

export interface IntegrationPatch {
  name?: string;
  config?: Record<string, unknown>;
  credentialId?: string | null;
  status?: string;
  statusReason?: string | null;
  filters?: Record<string, unknown> | null;
}

function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('pt-BR');
}

/**
 * Integrations per client. Deleted rows stay (soft delete) so their dispatch history stays readable.
 * `history` records each change in the client's history of changes, in the change's transaction.
 */
export function createIntegrationsRepository(db: Db, clock: Clock, audit: AuditLog) {
  function find(id: string): IntegrationRow | null {
    return db.select().from(integrations).where(eq(integrations.id, id)).get() ?? null;
  }

  /** A live (not deleted) integration, optionally of one type. */
  function require(id: string, type?: IntegrationType): IntegrationRow {
    const row = find(id);
    if (!row || row.deletedAt !== null || (type !== undefined && row.type !== type)) {
      throw new AppError('not_found', 'This integration does not exist.');
    }
    return row;
  }

  function listByClient(clientId: string): IntegrationRow[] {
    return db
      .select()
      .from(integrations)
      .where(and(eq(integrations.clientId, clientId), isNull(integrations.deletedAt)))
      .orderBy(asc(integrations.createdAt), asc(integrations.id))
      .all();
  }

  /** Two integrations of one client with the same name would be indistinguishable on the Send Leads page. */
  function assertNameFree(clientId: string, name: string, exceptId?: string): void {
    const key = nameKey(name);
    const clash = listByClient(clientId).find((r) => r.id !== exceptId && nameKey(r.name) === key);
    if (clash)
      throw fieldError('conflict', 'name', 'duplicate', `An integration named "${clash.name}" already exists.`);
  }

  return {
    history: integrationHistory(audit),
    find,
    require,
    listByClient,
    assertNameFree,
    requireClient(clientId: string): void {
      const found = db.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId)).get();
      if (!found) throw new AppError('not_found', 'This client does not exist.');
    },
    insert(input: {
      clientId: string;
      type: IntegrationType;
      name: string;
      config: Record<string, unknown>;
      credentialId: string | null;
    }): IntegrationRow {
      const now = clock.now();
      const row = {
        id: randomUUID(),
        ...input,
        status: 'draft',
        statusReason: null,
        filters: null,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      };
      db.insert(integrations).values(row).run();
      return require(row.id);
    },
    update(id: string, patch: IntegrationPatch): IntegrationRow {
      db.update(integrations)
        .set({ ...patch, updatedAt: clock.now() })
        .where(eq(integrations.id, id))
        .run();
      return require(id);
    },
    /** Whether a live integration still uses this vault entry (one OAuth sign-in may serve several). */
    credentialInUse(credentialId: string): boolean {
      const row = db
        .select({ id: integrations.id })
        .from(integrations)
        .where(and(eq(integrations.credentialId, credentialId), isNull(integrations.deletedAt)))
        .get();
      return row !== undefined;
    },
    softDelete(id: string): IntegrationRow {
      const now = clock.now();
      db.update(integrations)
        .set({ deletedAt: now, updatedAt: now, credentialId: null })
        .where(eq(integrations.id, id))
        .run();
      const row = find(id);
      if (!row) throw new AppError('not_found', 'This integration does not exist.');
      return row;
    },
  };
}

export type IntegrationsRepository = ReturnType<typeof createIntegrationsRepository>;
