import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { Client } from '#contract';
import type { AuditLog } from '../audit/log';
import type { Db } from '../db/connection';
import { clients } from '../db/schema';
import { AppError, fieldError } from '../errors';
import type { Clock } from '../ports';
import { clientNameKey } from './names';

function toClient(row: typeof clients.$inferSelect): Client {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
  };
}

/** Every change is recorded in the client's history of changes, in the change's own transaction. */
export function createClientsRepository(db: Db, clock: Clock, audit: AuditLog) {
  function find(id: string): Client | null {
    const row = db.select().from(clients).where(eq(clients.id, id)).get();
    return row ? toClient(row) : null;
  }

  function require(id: string): Client {
    const found = find(id);
    if (!found) throw new AppError('not_found', 'This client does not exist.');
    return found;
  }

  function assertNameFree(name: string, exceptId?: string): string {
    const key = clientNameKey(name);
    const clash = db
      .select()
      .from(clients)
      .where(exceptId ? and(eq(clients.nameKey, key), ne(clients.id, exceptId)) : eq(clients.nameKey, key))
      .get();
    if (clash) {
      const where = clash.archivedAt === null ? '' : ' (archived)';
      throw fieldError('conflict', 'name', 'duplicate', `A client named "${clash.name}"${where} already exists.`);
    }
    return key;
  }

  return {
    find,
    require,
    list(includeArchived: boolean): Client[] {
      const query = db.select().from(clients);
      const rows = includeArchived
        ? query.orderBy(asc(clients.nameKey)).all()
        : query.where(isNull(clients.archivedAt)).orderBy(asc(clients.nameKey)).all();
      return rows.map(toClient);
    },
    create(name: string): Client {
      return db.transaction(() => {
        const nameKey = assertNameFree(name);
        const now = clock.now();
        const row = { id: randomUUID(), name, nameKey, createdAt: now, updatedAt: now, archivedAt: null };
        db.insert(clients).values(row).run();
        audit.record({ clientId: row.id, kind: 'client.created', subjectName: name });
        return toClient(row);
      });
    },
    rename(id: string, name: string): Client {
      return db.transaction(() => {
        const before = require(id);
        const nameKey = assertNameFree(name, id);
        db.update(clients).set({ name, nameKey, updatedAt: clock.now() }).where(eq(clients.id, id)).run();
        if (before.name !== name) {
          audit.record({
            clientId: id,
            kind: 'client.renamed',
            subjectName: name,
            details: { changes: [{ type: 'set', field: 'name', from: before.name, to: name }] },
          });
        }
        return require(id);
      });
    },
    setArchived(id: string, archived: boolean): Client {
      return db.transaction(() => {
        const current = require(id);
        if ((current.archivedAt !== null) === archived) return current;
        const now = clock.now();
        db.update(clients)
          .set({ archivedAt: archived ? now : null, updatedAt: now })
          .where(eq(clients.id, id))
          .run();
        audit.record({
          clientId: id,
          kind: archived ? 'client.archived' : 'client.restored',
          subjectName: current.name,
        });
        return require(id);
      });
    },
  };
}

export type ClientsRepository = ReturnType<typeof createClientsRepository>;
