import { randomUUID } from 'node:crypto';
import { and, asc, eq, ne } from 'drizzle-orm';
import type { ScoringProfileView } from '#contract';
import { fold } from '#contract/text';
import type { Db } from '../db/connection';
import { clients } from '../clients/schema';
import { AppError, fieldError } from '../errors';
import type { Clock } from '../ports';
import type { ContentLanguage } from '../settings/language';
import { defaultScoringProfile } from './defaults';
import type { ScoringProfile } from '#contract/scoring-profile';
import { scoringProfiles } from './schema';

type Row = typeof scoringProfiles.$inferSelect;

export function toProfileView(row: Row): ScoringProfileView {
  return {
    id: row.id,
    clientId: row.clientId,
    name: row.name,
    rules: row.rules,
    ranges: row.ranges,
    qualifyAt: row.qualifyAt,
    disqualify: row.disqualify,
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The part of a stored profile scoring needs. */
export function toProfile(view: ScoringProfileView): ScoringProfile {
  const { id, name, rules, ranges, qualifyAt, disqualify } = view;
  return { id, name, rules, ranges, qualifyAt, disqualify };
}

/**
 * A client's scoring profiles. A client that has never had one gets the recommended profile,
 * active, the first time anything asks: new and pre-existing clients alike start ready to score.
 */
export function createScoringRepository(db: Db, clock: Clock, language: () => ContentLanguage = () => 'pt-BR') {
  function requireClient(clientId: string): void {
    const found = db.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId)).get();
    if (!found) throw new AppError('not_found', 'This client does not exist.');
  }

  function find(id: string): ScoringProfileView | null {
    const row = db.select().from(scoringProfiles).where(eq(scoringProfiles.id, id)).get();
    return row ? toProfileView(row) : null;
  }

  function require(id: string): ScoringProfileView {
    const found = find(id);
    if (!found) throw new AppError('not_found', 'This scoring profile does not exist.');
    return found;
  }

  function assertNameFree(clientId: string, name: string, exceptId?: string): string {
    const key = fold(name);
    const where = exceptId
      ? and(eq(scoringProfiles.clientId, clientId), eq(scoringProfiles.nameKey, key), ne(scoringProfiles.id, exceptId))
      : and(eq(scoringProfiles.clientId, clientId), eq(scoringProfiles.nameKey, key));
    if (db.select({ id: scoringProfiles.id }).from(scoringProfiles).where(where).get()) {
      throw fieldError('conflict', 'name', 'duplicate', `This client already has a profile named "${name}".`);
    }
    return key;
  }

  function insert(clientId: string, profile: ScoringProfile, active: boolean): ScoringProfileView {
    const now = clock.now();
    const row: Row = {
      id: randomUUID(),
      clientId,
      name: profile.name,
      nameKey: assertNameFree(clientId, profile.name),
      rules: profile.rules,
      ranges: profile.ranges,
      qualifyAt: profile.qualifyAt,
      disqualify: profile.disqualify,
      active,
      createdAt: now,
      updatedAt: now,
    };
    db.insert(scoringProfiles).values(row).run();
    return toProfileView(row);
  }

  /** Gives a client with no profile at all the recommended one; answers its profiles. */
  function ensure(clientId: string): Row[] {
    const rows = db
      .select()
      .from(scoringProfiles)
      .where(eq(scoringProfiles.clientId, clientId))
      .orderBy(asc(scoringProfiles.createdAt))
      .all();
    if (rows.length > 0) return rows;
    requireClient(clientId);
    insert(clientId, defaultScoringProfile(language()), true);
    return db.select().from(scoringProfiles).where(eq(scoringProfiles.clientId, clientId)).all();
  }

  return {
    find,
    require,
    requireClient,
    /** The recommended profile, named in the user's language. */
    template: (): ScoringProfile => defaultScoringProfile(language()),

    list(clientId: string): ScoringProfileView[] {
      requireClient(clientId);
      return ensure(clientId).map(toProfileView);
    },

    /** The client's active profile; null when the user has none active. */
    active(clientId: string): ScoringProfileView | null {
      const row = ensure(clientId).find((r) => r.active);
      return row ? toProfileView(row) : null;
    },

    create(clientId: string, profile: ScoringProfile): ScoringProfileView {
      requireClient(clientId);
      return db.transaction(() => {
        const hasActive = ensure(clientId).some((r) => r.active);
        return insert(clientId, profile, !hasActive);
      });
    },

    update(id: string, profile: ScoringProfile): ScoringProfileView {
      return db.transaction(() => {
        const current = require(id);
        const nameKey = assertNameFree(current.clientId, profile.name, id);
        db.update(scoringProfiles)
          .set({
            name: profile.name,
            nameKey,
            rules: profile.rules,
            ranges: profile.ranges,
            qualifyAt: profile.qualifyAt,
            disqualify: profile.disqualify,
            updatedAt: clock.now(),
          })
          .where(eq(scoringProfiles.id, id))
          .run();
        return require(id);
      });
    },

    /** One statement pair in one transaction: the partial unique index never sees two active. */
    activate(id: string): ScoringProfileView {
      return db.transaction(() => {
        const target = require(id);
        const now = clock.now();
        db.update(scoringProfiles)
          .set({ active: false, updatedAt: now })
          .where(and(eq(scoringProfiles.clientId, target.clientId), eq(scoringProfiles.active, true)))
          .run();
        db.update(scoringProfiles).set({ active: true, updatedAt: now }).where(eq(scoringProfiles.id, id)).run();
        return require(id);
      });
    },

    delete(id: string): void {
      const target = require(id);
      if (target.active) {
        throw new AppError('conflict', 'The active profile cannot be deleted; activate another one first.', {
          reason: 'profile_active',
        });
      }
      db.delete(scoringProfiles).where(eq(scoringProfiles.id, id)).run();
    },
  };
}

export type ScoringRepository = ReturnType<typeof createScoringRepository>;
