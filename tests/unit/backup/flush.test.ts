import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyDatabase, PAGES_PER_STEP } from '../../../electron/core/backup/copy';
import { tempDir } from '../support/core-harness';

const ROWS = 1_600;

/** A database of several times PAGES_PER_STEP pages: its copy takes several steps. */
function bigDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body BLOB NOT NULL)');
  const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < ROWS; i++) insert.run(Buffer.alloc(3800, i % 251));
  })();
  return db;
}

describe('a large copy is flushed to disk as it goes', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir('zbl-flush-');
  });
  afterEach(() => tmp.cleanup());

  it('holds its last step (which commits with a blocking fsync) until what came before is on disk', async () => {
    const db = bigDatabase(join(tmp.dir, 'live.db'));
    const pages = Number(db.pragma('page_count', { simple: true }));
    expect(pages).toBeGreaterThan(PAGES_PER_STEP);
    const reports: number[] = [];
    const dest = join(tmp.dir, 'copy.db');
    await copyDatabase(db, dest, { kind: 'backup', createdAt: 1, appVersion: '1.0.0', reason: 'manual' }, undefined, {
      flushEveryPages: 100,
      onProgress: (done) => reports.push(done),
    });
    // Before the last step: the same count reported again while the flush ran, nothing copied meanwhile.
    const held = reports.filter((done, i) => reports.indexOf(done) !== i);
    expect(held.length).toBeGreaterThan(0);
    expect(pages - held[0]!).toBeLessThanOrEqual(PAGES_PER_STEP);
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith('copy'))).toEqual(['copy.db']);
    const copy = new Database(dest, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare<[], { n: number }>('SELECT count(*) AS n FROM notes').get()!.n).toBe(ROWS);
    } finally {
      copy.close();
      db.close();
    }
  });

  it('a copy smaller than one flush never waits', async () => {
    const db = bigDatabase(join(tmp.dir, 'live.db'));
    const reports: number[] = [];
    await copyDatabase(
      db,
      join(tmp.dir, 'copy.db'),
      { kind: 'backup', createdAt: 1, appVersion: '1.0.0', reason: 'manual' },
      undefined,
      { onProgress: (done) => reports.push(done) },
    );
    expect(new Set(reports).size).toBe(reports.length);
    expect(existsSync(join(tmp.dir, 'copy.db.part'))).toBe(false);
    db.close();
  });
});
