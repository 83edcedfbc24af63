import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { StartupError, type Sqlite } from './connection';

const journalSchema = z.object({
  entries: z.array(z.object({ idx: z.number(), tag: z.string(), when: z.number() })),
});

export interface Migration {
  tag: string;
  hash: string;
  statements: string[];
}

/** Reads the migrations that drizzle-kit generated, in journal order. */
export function loadMigrations(folder: string): Migration[] {
  const journal = journalSchema.parse(JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')));
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map((entry) => {
      const text = readFileSync(join(folder, `${entry.tag}.sql`), 'utf8');
      return {
        tag: entry.tag,
        hash: createHash('sha256').update(text).digest('hex'),
        statements: text
          .split('--> statement-breakpoint')
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
      };
    });
}

const ledger = `CREATE TABLE IF NOT EXISTS _migrations (
  tag TEXT PRIMARY KEY NOT NULL,
  hash TEXT NOT NULL,
  applied_at INTEGER NOT NULL
)`;

/**
 * Applies pending migrations, each in its own transaction, so a failure leaves the database at the
 * last good version. Returns the tags it applied.
 */
export function migrate(sqlite: Sqlite, migrations: Migration[], now: () => number): string[] {
  sqlite.exec(ledger);
  const applied = new Set(
    sqlite
      .prepare<[], { tag: string }>('SELECT tag FROM _migrations')
      .all()
      .map((r) => r.tag),
  );
  const known = new Set(migrations.map((m) => m.tag));
  const unknown = [...applied].filter((tag) => !known.has(tag));
  if (unknown.length > 0) {
    throw new StartupError(
      'newer_version',
      `This database was written by a newer version of Zero Bad Leads (migration ${unknown.join(', ')}). ` +
        'Install the newer version again; nothing was changed.',
    );
  }
  const record = sqlite.prepare('INSERT INTO _migrations (tag, hash, applied_at) VALUES (?, ?, ?)');
  const done: string[] = [];
  for (const m of migrations) {
    if (applied.has(m.tag)) continue;
    const apply = sqlite.transaction(() => {
      for (const statement of m.statements) sqlite.exec(statement);
      record.run(m.tag, m.hash, now());
    });
    try {
      apply.immediate();
    } catch (err) {
      throw new StartupError(
        'migration_failed',
        `Updating the database to ${m.tag} failed and was rolled back: ${String(err)}`,
        { cause: err },
      );
    }
    done.push(m.tag);
  }
  return done;
}
