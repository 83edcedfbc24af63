import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leadInputSchema } from '#contract/lead-input';
import { openDatabase } from '../../../electron/core/db/connection';
import { loadMigrations, migrate } from '../../../electron/core/db/migrate';
import { leadIdentity } from '../../../electron/core/leads/identity';
import { validateLead } from '../../../electron/core/leads/validation';
import { MIGRATIONS_DIR, tempDir } from '../support/core-harness';

const migrations = loadMigrations(MIGRATIONS_DIR);
const at = migrations.findIndex((m) => m.tag === '0011_lead_identity');

/** Leads as people send them: e-mails in capitals, WhatsApp numbers in every spelling, short ones. */
const SAMPLES = [
  { email: 'Maria.Souza@Acme.com.br', phone: '(11) 98765-4321' },
  { email: 'maria.souza@acme.com.br' },
  { phone: '+55 11 98765-4321' },
  { phone: '11987654321' },
  { phone: '011 98765 4321' },
  { phone: '(11) 9876-5' },
  { phone: '11 9876.5' },
  { phone: '+1 (415) 555-2671' },
  { phone: 'ramal 12' },
  { email: 'sem arroba.com', phone: '11987654321' },
];

const validated = (sample: (typeof SAMPLES)[number]) => validateLead(leadInputSchema.parse(sample)).lead;

describe('lead identity', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('is the e-mail when there is one, else the phone in E.164, else the phone as typed without punctuation', () => {
    const ids = SAMPLES.map((s) => leadIdentity(validated(s)));
    expect(ids).toEqual([
      'e:maria.souza@acme.com.br',
      'e:maria.souza@acme.com.br',
      'p:+5511987654321',
      'p:+5511987654321',
      'p:+5511987654321',
      'n:1198765',
      'n:1198765',
      'p:+14155552671',
      'n:ramal12',
      'e:sem arroba.com',
    ]);
  });

  it('is computed by SQLite for the leads stored before it existed, the same as for a new lead', () => {
    expect(at).toBeGreaterThan(0);
    const { sqlite } = openDatabase(join(tmp.dir, 'db.sqlite'));
    try {
      migrate(sqlite, migrations.slice(0, at), () => 1);
      sqlite.exec(`INSERT INTO clients VALUES ('c1', 'Acme', 'acme', 1, 1, NULL)`);
      const insert = sqlite.prepare(
        `INSERT INTO leads (id, client_id, email, email_key, phone, phone_e164, received_at, created_at, updated_at)
         VALUES (?, 'c1', ?, ?, ?, ?, 1, 1, 1)`,
      );
      SAMPLES.forEach((s, i) => {
        const lead = validated(s);
        insert.run(`l${i}`, lead.email, lead.emailKey, lead.phone, lead.phoneE164);
      });
      // The report of an import made before: a refused row (an error) and a row taken with a warning.
      sqlite.exec(`
        INSERT INTO lead_imports (id, client_id, file_name, state, duplicate_policy, started_at)
          VALUES ('i1', 'c1', 'old.csv', 'done', 'update', 1);
        INSERT INTO lead_import_issues (import_id, row, line, code, severity, message) VALUES
          ('i1', 3, 3, 'missing_columns', 'warning', 'm'), ('i1', 3, 3, 'no_contact', 'error', 'm'),
          ('i1', 4, 4, 'missing_columns', 'warning', 'm');
      `);

      expect(migrate(sqlite, migrations.slice(0, at + 1), () => 2)).toEqual(['0011_lead_identity']);
      const stored = sqlite
        .prepare<[], { identity_key: string | null }>('SELECT identity_key FROM leads ORDER BY rowid')
        .all()
        .map((r) => r.identity_key);
      expect(stored).toEqual(SAMPLES.map((s) => leadIdentity(validated(s))));

      const plan = sqlite
        .prepare<[], { detail: string }>(
          `EXPLAIN QUERY PLAN SELECT id FROM leads WHERE client_id = 'c1' AND identity_key = 'p:+5511987654321'
           AND is_test = 0 ORDER BY received_at DESC LIMIT 1`,
        )
        .all()
        .map((r) => r.detail)
        .join(' ');
      expect(plan).toContain('leads_client_identity_idx');

      // An update of the columns moves the identity with them.
      sqlite.exec(`UPDATE leads SET email = 'nova@acme.com.br', email_key = 'nova@acme.com.br' WHERE id = 'l2'`);
      expect(sqlite.prepare(`SELECT identity_key FROM leads WHERE id = 'l2'`).get()).toEqual({
        identity_key: 'e:nova@acme.com.br',
      });

      const outcomes = sqlite
        .prepare<[], { row: number; code: string; outcome: string }>(
          'SELECT row, code, outcome FROM lead_import_issues ORDER BY id',
        )
        .all();
      expect(outcomes).toEqual([
        { row: 3, code: 'missing_columns', outcome: 'refused' },
        { row: 3, code: 'no_contact', outcome: 'refused' },
        { row: 4, code: 'missing_columns', outcome: 'imported' },
      ]);
      expect(sqlite.prepare(`SELECT repeated, with_problems FROM lead_imports`).get()).toEqual({
        repeated: 0,
        with_problems: 0,
      });
    } finally {
      sqlite.close();
    }
  });
});
