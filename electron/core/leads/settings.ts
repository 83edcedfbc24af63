import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { LeadSettings } from '#contract';
import type { AuditLog } from '../audit/log';
import { diffSettings } from '../audit/diff';
import type { Db } from '../db/connection';
import type { Clock } from '../ports';
import { leadSettings } from './schema';

type Row = typeof leadSettings.$inferSelect;

/** `zbl_` + 32 random bytes: long enough that guessing is hopeless, prefixed so it is recognisable in a leak scan. */
export function newIntakeToken(): string {
  return `zbl_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Per-client intake settings: the e-mail allowlist, the MX option and the local API's token. Each
 * change is recorded in the client's history in its own transaction; the token only as replaced.
 */
export function createLeadSettings(db: Db, clock: Clock, audit: AuditLog) {
  function row(clientId: string): Row | null {
    return db.select().from(leadSettings).where(eq(leadSettings.clientId, clientId)).get() ?? null;
  }

  function upsert(clientId: string, patch: Partial<Omit<Row, 'clientId' | 'updatedAt'>>): Row {
    const now = clock.now();
    db.insert(leadSettings)
      .values({ clientId, ...patch, updatedAt: now })
      .onConflictDoUpdate({ target: leadSettings.clientId, set: { ...patch, updatedAt: now } })
      .run();
    const saved = row(clientId);
    if (!saved) throw new Error('Lead settings were not saved.');
    return saved;
  }

  return {
    get(clientId: string): LeadSettings {
      const r = row(clientId);
      return { clientId, emailAllowlist: r?.emailAllowlist ?? [], mxCheck: r?.mxCheck ?? false };
    },
    save(clientId: string, settings: { emailAllowlist: string[]; mxCheck: boolean }): LeadSettings {
      const emailAllowlist = [...new Set(settings.emailAllowlist)].sort();
      return db.transaction(() => {
        const before = row(clientId);
        const r = upsert(clientId, { emailAllowlist, mxCheck: settings.mxCheck });
        const changes = diffSettings(
          { emailAllowlist: before?.emailAllowlist ?? [], mxCheck: before?.mxCheck ?? false },
          { emailAllowlist: r.emailAllowlist, mxCheck: r.mxCheck },
        );
        if (changes.length > 0) audit.record({ clientId, kind: 'leadSettings.changed', details: { changes } });
        return { clientId, emailAllowlist: r.emailAllowlist, mxCheck: r.mxCheck };
      });
    },
    intake(
      clientId: string,
    ): Pick<Row, 'intakeEnabled' | 'intakeTokenHint' | 'intakeTokenCreatedAt' | 'intakeTokenHash'> {
      const r = row(clientId);
      return {
        intakeEnabled: r?.intakeEnabled ?? false,
        intakeTokenHash: r?.intakeTokenHash ?? null,
        intakeTokenHint: r?.intakeTokenHint ?? null,
        intakeTokenCreatedAt: r?.intakeTokenCreatedAt ?? null,
      };
    },
    setIntakeEnabled(clientId: string, enabled: boolean): void {
      db.transaction(() => {
        const was = row(clientId)?.intakeEnabled ?? false;
        upsert(clientId, { intakeEnabled: enabled });
        if (was === enabled) return;
        audit.record({
          clientId,
          kind: 'leadSettings.changed',
          details: { changes: [{ type: 'set', field: 'intakeEnabled', from: was, to: enabled }] },
        });
      });
    },
    /** Makes a new token, keeps only its hash and answers it once; a replaced one is recorded as replaced. */
    issueToken(clientId: string): string {
      const token = newIntakeToken();
      db.transaction(() => {
        const replaced = (row(clientId)?.intakeTokenHash ?? null) !== null;
        upsert(clientId, {
          intakeTokenHash: hashToken(token),
          intakeTokenHint: token.slice(-4),
          intakeTokenCreatedAt: clock.now(),
        });
        if (replaced) {
          audit.record({
            clientId,
            kind: 'leadSettings.changed',
            details: { changes: [{ type: 'replaced', field: 'intakeToken' }] },
            secrets: [token],
          });
        }
      });
      return token;
    },
    /** The client a token belongs to, and whether the API is on for it. */
    clientForToken(token: string): { clientId: string; enabled: boolean } | null {
      const r = db
        .select()
        .from(leadSettings)
        .where(eq(leadSettings.intakeTokenHash, hashToken(token)))
        .get();
      return r ? { clientId: r.clientId, enabled: r.intakeEnabled } : null;
    },
    anyIntakeEnabled(): boolean {
      return db.select().from(leadSettings).where(eq(leadSettings.intakeEnabled, true)).limit(1).get() !== undefined;
    },
  };
}

export type LeadSettingsRepo = ReturnType<typeof createLeadSettings>;
