import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditKinds, defaultAuditVocabulary, type AuditKind, type Client, type OutputOf } from '#contract';
import type { Core } from '../../../electron/core';
import { call, ManualClock, openTestCore, tempDir } from '../support/core-harness';
import { readExport, watchExports } from '../logs/export-support';
import { createClient } from './support';

describe('history of changes: CSV export', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let client: Client;
  let clock: ManualClock;

  beforeEach(async () => {
    clock = new ManualClock(Date.UTC(2026, 10, 26, 12, 0, 0));
    tmp = tempDir();
    core = openTestCore(tmp.dir, clock);
    client = await createClient(core);
    clock.advance(60_000);
    await call(core, 'clients:rename', { id: client.id, name: 'Acme; "Brasil"' });
    clock.advance(60_000);
    await call(core, 'leads:saveSettings', { clientId: client.id, emailAllowlist: ['acme.com'], mxCheck: false });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  async function exported(input: object): Promise<{ csv: string; fileName: string; total: number }> {
    const watch = watchExports(core);
    try {
      const started = await call<OutputOf<'audit:export'>>(core, 'audit:export', { clientId: client.id, ...input });
      expect((await watch.finished(started.id)).kind).toBe('ready');
      const csv = (await readExport(core, started.id)).bytes.toString('utf8');
      return { csv, fileName: started.fileName, total: started.total };
    } finally {
      watch.stop();
    }
  }

  it('writes the filtered history newest first, in the zone and words given', async () => {
    const kinds = Object.fromEntries(auditKinds.map((k) => [k, `K:${k}`])) as Record<AuditKind, string>;
    const vocabulary = {
      ...defaultAuditVocabulary,
      kinds: { ...defaultAuditVocabulary.kinds, 'client.renamed': 'Cliente renomeado' },
      fields: { name: 'nome', emailAllowlist: 'domínios permitidos' },
      set: '{{field}}: {{from}} → {{to}}',
    };
    const { csv, fileName, total } = await exported({
      timeZone: 'America/Sao_Paulo',
      labels: { columns: ['Quando', 'Cliente', 'Mudança', 'Item', 'Resumo'], kinds, vocabulary },
    });
    expect(total).toBe(3);
    expect(fileName).toMatch(/^zero-bad-leads-history-acme-brasil-2026-11-26-09-02\.csv$/);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toEqual([
      'Quando;Cliente;Mudança;Item;Resumo',
      '2026-11-26 09:02:00;"Acme; ""Brasil""";K:leadSettings.changed;;Lead settings changed: domínios permitidos: +acme.com',
      '2026-11-26 09:01:00;"Acme; ""Brasil""";K:client.renamed;"Acme; ""Brasil""";"Cliente renomeado: nome: Acme → Acme; ""Brasil"""',
      '2026-11-26 09:00:00;"Acme; ""Brasil""";K:client.created;Acme;Client “Acme” created',
    ]);
  });

  it('keeps to the kinds and period asked, in English without labels', async () => {
    const { csv, total } = await exported({ kinds: ['client.renamed', 'client.created'], to: clock.now() - 60_000 });
    expect(total).toBe(1);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toEqual([
      'Time;Client;Change;Integration or profile;Summary',
      '2026-11-26 12:00:00;"Acme; ""Brasil""";Client created;Acme;Client “Acme” created',
    ]);
  });
});
