import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo, Client, ImportPreview, ImportView } from '#contract';
import { alwaysOnline } from '../../../electron/core/http/network';
import { scriptedConnector } from '../dispatch/fixtures/connectors';
import { uploadBytes } from '../leads/core/support';
import { call, tempDir } from '../support/core-harness';
import { seedIntegration } from '../support/dispatch-core';
import { RestartableCore } from './support';

const ROWS = 20000;
const realClock = { now: () => Date.now() };

function csv(rows: number): Buffer {
  const lines = ['Nome;E-mail;Celular;Empresa;CNPJ;Cargo'];
  for (let i = 0; i < rows; i++) {
    const digits = String(10_000_000 + i).slice(-8);
    lines.push(
      `Maria Souza ${i};contato${i}@empresa${i % 97}.com.br;(11) 9${digits.slice(0, 4)}-${digits.slice(4)};Empresa ${i % 97} Ltda;11.222.333/0001-81;Diretora`,
    );
  }
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

interface Counts {
  leads: number;
  qualified: number;
  dispatches: number;
  sent: number;
  imported: number;
}

/** What must hold in any copy, whenever it was taken: nothing half-written. */
function checkConsistent(file: string): Counts {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // Each qualified lead was queued in the transaction that stored it: one dispatch each, never none.
    const orphans = db
      .prepare(
        `SELECT count(*) AS n FROM leads l WHERE l.qualified = 1 AND l.is_test = 0
           AND (SELECT count(*) FROM dispatches d WHERE d.lead_id = l.id) <> 1`,
      )
      .get() as { n: number };
    expect(orphans.n).toBe(0);
    // An import's counts are written with its rows, batch by batch.
    for (const imp of db.prepare('SELECT id, created FROM lead_imports').all() as Array<{
      id: string;
      created: number;
    }>) {
      const { n } = db.prepare('SELECT count(*) AS n FROM leads WHERE import_id = ?').get(imp.id) as { n: number };
      expect(n).toBe(imp.created);
    }
    // A sent dispatch has its attempts recorded with it.
    const unrecorded = db
      .prepare(
        `SELECT count(*) AS n FROM dispatches d WHERE d.state = 'sent'
           AND d.attempt_count <> (SELECT count(*) FROM dispatch_attempts a WHERE a.dispatch_id = d.id)`,
      )
      .get() as { n: number };
    expect(unrecorded.n).toBe(0);
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      leads: one('SELECT count(*) AS n FROM leads'),
      qualified: one('SELECT count(*) AS n FROM leads WHERE qualified = 1'),
      dispatches: one('SELECT count(*) AS n FROM dispatches'),
      sent: one(`SELECT count(*) AS n FROM dispatches WHERE state = 'sent'`),
      imported: one('SELECT coalesce(sum(created), 0) AS n FROM lead_imports'),
    };
  } finally {
    db.close();
  }
}

describe('a backup taken while leads are imported and sent', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RestartableCore;
  const sent: string[] = [];
  // The first sends go out at once and the rest wait for the backup, so that it catches some of the
  // qualified leads sent and others not, however fast the import runs beside them.
  const SENT_BEFORE_BACKUP = 50;
  let sends = 0;
  let backupTaken = (): void => {};
  const backupDone = new Promise<void>((resolve) => (backupTaken = resolve));
  const connector = scriptedConnector(realClock, async (ctx) => {
    if (++sends > SENT_BEFORE_BACKUP) await backupDone;
    await new Promise((r) => setTimeout(r, 1));
    sent.push(ctx.lead.email);
    return { remoteId: `r-${ctx.lead.id}` };
  });
  beforeEach(() => {
    tmp = tempDir('zbl-backup-');
    host = new RestartableCore(tmp.dir, {
      clock: realClock,
      extra: { dispatch: { connectors: [connector], network: alwaysOnline } },
    });
  });
  afterEach(() => {
    host.close();
    tmp.cleanup();
  });

  it('restores to a consistent database: every lead and dispatch of the moment, nothing half-written', async () => {
    const core = host.core;
    const client = await call<Client>(core, 'clients:create', { name: 'Acme' });
    seedIntegration(core, client.id, { type: 'webhook', name: 'Hook' });

    const uploadId = await uploadBytes(core, csv(ROWS));
    const preview = await call<ImportPreview>(core, 'leads:importPreview', { clientId: client.id, uploadId });
    let progressed = 0;
    core.events.subscribe((event, payload) => {
      if (event === 'leads:importProgress') progressed = (payload as ImportView).created;
    });
    const started = await call<ImportView>(core, 'leads:importStart', {
      clientId: client.id,
      uploadId,
      fileName: 'leads.csv',
      encoding: preview.encoding,
      separator: preview.separator,
      mapping: preview.mapping.map((m) => m.target),
      duplicatePolicy: 'update',
    });
    // Mid-import, with dispatches going out.
    for (let i = 0; i < 2000 && (progressed < ROWS / 6 || sent.length === 0); i++) {
      await new Promise((r) => setTimeout(r, 2));
    }
    const backup = await call<BackupInfo>(core, 'backup:create', {});
    backupTaken();
    await core.forTests.imports.settled(started.id);
    await core.forTests.engine.settled();

    const inBackup = checkConsistent(join(tmp.dir, 'backups', backup.id));
    const final = (await call<ImportView>(core, 'leads:importGet', { id: started.id })).created;
    expect(final).toBe(ROWS);
    // Taken in the middle of both: some leads imported, not all; some sent, not all.
    expect(inBackup.leads).toBeGreaterThan(0);
    expect(inBackup.leads).toBeLessThan(ROWS);
    expect(inBackup.sent).toBeLessThan(inBackup.qualified);
    expect(inBackup.imported).toBe(inBackup.leads);

    expect(await call(core, 'backup:restore', { source: { kind: 'backup', id: backup.id } })).toEqual({
      outcome: 'restarting',
    });
    const restored = await host.restarted();
    const live = join(tmp.dir, 'zero-bad-leads.db');
    restored.forTests.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const after = checkConsistent(live);
    expect(after).toEqual(inBackup);
    // The import the backup caught mid-way is recorded as interrupted, with what it had stored.
    const imp = await call<ImportView>(restored, 'leads:importGet', { id: started.id });
    expect(imp).toMatchObject({ state: 'interrupted', created: inBackup.leads });
    // What was waiting in the copy goes out after the restart.
    await restored.forTests.engine.settled();
    const open = restored.forTests.sqlite
      .prepare(`SELECT count(*) AS n FROM dispatches WHERE state NOT IN ('sent')`)
      .get() as {
      n: number;
    };
    expect(open.n).toBe(0);
  }, 60_000);
});
