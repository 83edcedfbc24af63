import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import type { OutputOf } from '#contract';
import { call, ManualClock, openTestCore, tempDir } from '../support/core-harness';
import { seedIntegration, seedLead } from '../support/dispatch-core';
import { parseCsv, readExport, watchExports, type ExportWatch } from './export-support';
import { newestFirst, seedLogs, type Seeded } from './seed';
import { EXPORT_BATCH_ROWS } from '../../../electron/core/logs/export';

type Started = OutputOf<'logs:export'>;

describe('logs:export', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let data: Seeded;
  let watch: ExportWatch;
  const clock = new ManualClock();

  beforeAll(() => {
    tmp = tempDir();
    core = openTestCore(tmp.dir, clock);
    data = seedLogs(core, 3600);
  });
  afterAll(() => {
    core.close();
    tmp.cleanup();
  });
  afterEach(() => watch?.stop());

  async function exportAll(
    input: Record<string, unknown>,
  ): Promise<{ started: Started; text: string; rows: string[][] }> {
    watch = watchExports(core);
    const started = await call<Started>(core, 'logs:export', input);
    const finished = await watch.finished(started.id);
    expect(finished.kind).toBe('ready');
    const { bytes } = await readExport(core, started.id);
    // UTF-8 with a byte order mark, so Excel reads the accents right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    return { started, text, rows: parseCsv(text) };
  }

  it('writes the filtered view newest first in batches, reporting progress after each', async () => {
    const clientId = data.clients[0]!;
    const { started, rows } = await exportAll({ clientId, timeZone: 'America/Sao_Paulo' });
    const expected = data.dispatches.filter((d) => d.clientId === clientId).sort(newestFirst);
    expect(expected.length).toBeGreaterThan(1000);
    expect(started.total).toBe(expected.length);
    const [header, ...body] = rows;
    expect(header).toEqual([
      'Time',
      'Client',
      'Integration',
      'Lead name',
      'E-mail',
      'State',
      'Attempt',
      'Next attempt',
      'Last status code',
      'Message',
      'Error class',
    ]);
    expect(body.map((r) => r[4])).toEqual(expected.map((d) => d.leadEmail));
    expect(body.map((r) => r[5])).toEqual(expected.map((d) => d.state));
    // Seeded with one attempt spent: a dispatch still waiting is at its second.
    const waiting = (state: string) => state === 'retrying' || state === 'pending' || state === 'sending';
    expect(body.map((r) => r[6])).toEqual(expected.map((d) => (waiting(d.state) ? '2 of 5' : '1 of 5')));
    expect(body[0]![1]).toBe('Acme');
    // São Paulo is UTC−3: the first seeded minute (00:00 UTC) is 21:00 of the day before.
    const oldest = expected.at(-1)!;
    expect(body.at(-1)![0]).toBe(
      new Date(oldest.createdAt - 3 * 3_600_000).toISOString().slice(0, 19).replace('T', ' '),
    );

    const progress = watch.progress.filter((p) => p.id === started.id).map((p) => p.done);
    // 0 at the start, then after every batch (sized by time, 2,000 rows at most), up to the last row.
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(expected.length);
    const steps = progress.slice(1).map((done, i) => done - (progress[i] ?? 0));
    expect(steps.every((n) => n > 0 && n <= EXPORT_BATCH_ROWS)).toBe(true);
    expect(steps.length).toBeGreaterThan(1);
    expect(watch.progress.every((p) => p.total >= p.done)).toBe(true);
  });

  it('exports exactly what logs:list shows for state, search and test filters', async () => {
    const query = { states: ['error', 'retrying'], search: 'silva', includeTests: false } as const;
    const { started, rows } = await exportAll(query);
    const expected = data.dispatches
      .filter((d) => (d.state === 'error' || d.state === 'retrying') && !d.isTest)
      .filter((d) => d.leadName.toLowerCase().includes('silva') || (d.lastError ?? '').toLowerCase().includes('silva'))
      .sort(newestFirst);
    expect(rows.slice(1).map((r) => r[4])).toEqual(expected.map((d) => d.leadEmail));
    // With a text search the first total is an upper bound; the ready event has the real count.
    expect(started.total).toBeGreaterThanOrEqual(expected.length);
  });

  it('translates titles and states with the labels the page sends', async () => {
    const labels = {
      columns: [
        'Hora',
        'Cliente',
        'Integração',
        'Lead',
        'E-mail',
        'Estado',
        'Tentativa',
        'Próxima',
        'HTTP',
        'Mensagem',
        'Classe',
      ],
      states: {
        pending: 'Pendente',
        sending: 'Enviando',
        sent: 'Enviado',
        retrying: 'Tentando de novo',
        held: 'Retido',
        skipped: 'Ignorado',
        error: 'Erro',
        cancelled: 'Cancelado',
      },
      attemptOf: '{n} de {max}',
    };
    const { rows } = await exportAll({ clientId: data.clients[1], states: ['error'], labels });
    expect(rows[0]![2]).toBe('Integração');
    expect(rows.slice(1).every((r) => r[5] === 'Erro' && r[6] === '1 de 5')).toBe(true);
  });

  it('never writes a secret: vault values are masked in every cell, even where old rows kept them', async () => {
    const key = 'ak-7f3c9e1b2d4a6f8e0c1b3d5f7a9e2c4b';
    const clientId = data.clients[2]!;
    const credentialId = core.forTests.vault.put({ clientId, purpose: 'apiKey', secret: key });
    const integrationId = seedIntegration(core, clientId, { type: 'activecampaign', name: `AC ${key}`, credentialId });
    const leadId = seedLead(core, clientId, { fullName: `Leaky ${key}`, email: 'leaky@empresa.com.br' });
    const dispatchId = '0b7e9a7c-6c43-4b6e-9d5c-2a7f1e3b9c11';
    const now = clock.now();
    core.forTests.sqlite
      .prepare(
        `INSERT INTO dispatches (id, client_id, lead_id, integration_id, state, attempt_count, last_error, last_status,
           is_test, created_at, updated_at) VALUES (?, ?, ?, ?, 'error', 5, ?, 401, 0, ?, ?)`,
      )
      .run(dispatchId, clientId, leadId, integrationId, `401 for Api-Token ${key}`, now - 1000, now - 1000);
    core.forTests.sqlite
      .prepare(
        `INSERT INTO dispatch_attempts (dispatch_id, client_id, number, started_at, outcome, status_code, message,
           calls, response_headers) VALUES (?, ?, 1, ?, 'failed', 401, ?, ?, ?)`,
      )
      .run(
        dispatchId,
        clientId,
        now - 1000,
        `refused ${key}`,
        JSON.stringify([{ method: 'POST', requestHeaders: { 'Api-Token': key }, requestBody: { apiKey: key } }]),
        JSON.stringify({ 'x-echo': key }),
      );

    const { started, text } = await exportAll({ clientId });
    const { bytes } = await readExport(core, started.id);
    expect(bytes.includes(Buffer.from(key, 'utf8'))).toBe(false);
    // Not even a long piece of it (a cell cut or re-encoded would still leak that).
    for (let i = 0; i + 12 <= key.length; i++) expect(bytes.includes(Buffer.from(key.slice(i, i + 12)))).toBe(false);
    expect(text).toContain('Leaky [redacted]');
    expect(text).toContain('401 for Api-Token [redacted]');
    expect(text).toContain('AC [redacted]');
  });

  it('stops on cancel, deletes the partial file and refuses reads of it', async () => {
    watch = watchExports(core);
    const started = await call<Started>(core, 'logs:export', {});
    expect(await call(core, 'exports:cancel', { id: started.id })).toEqual({ cancelled: true });
    const finished = await watch.finished(started.id);
    expect(finished).toEqual({ kind: 'failed', payload: { id: started.id, reason: 'cancelled', message: null } });
    // It stopped before the end: fewer rows than the whole outbox were ever reported.
    const reported = watch.progress.filter((p) => p.id === started.id).map((p) => p.done);
    expect(Math.max(...reported)).toBeLessThan(data.dispatches.length);
    expect(readdirSync(join(tmp.dir, 'exports')).filter((n) => n.startsWith(started.id))).toEqual([]);
    const read = await core.dispatch('exports:read', { id: started.id, offset: 0 });
    expect(read.ok ? null : read.error.code).toBe('not_found');
    expect(await call(core, 'exports:cancel', { id: started.id })).toEqual({ cancelled: false });
  });

  it('deletes a saved export on discard', async () => {
    const { started } = await exportAll({ clientId: data.clients[0], states: ['sent'] });
    const path = join(tmp.dir, 'exports', `${started.id}.csv`);
    expect(existsSync(path)).toBe(true);
    expect(await call(core, 'exports:discard', { id: started.id })).toEqual({ discarded: true });
    expect(existsSync(path)).toBe(false);
    expect(await call(core, 'exports:discard', { id: started.id })).toEqual({ discarded: false });
  });

  it.each([
    ['a path', { id: '../../zero-bad-leads.db', offset: 0 }, 'invalid_input'],
    ['an absolute path', { id: '/etc/passwd', offset: 0 }, 'invalid_input'],
    ['a negative offset', { id: '0b7e9a7c-6c43-4b6e-9d5c-2a7f1e3b9c11', offset: -1 }, 'invalid_input'],
    ['an id nobody made', { id: '0b7e9a7c-6c43-4b6e-9d5c-2a7f1e3b9c11', offset: 0 }, 'not_found'],
  ])('refuses %s', async (_label, input, code) => {
    const result = await core.dispatch('exports:read', input);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('refuses an offset past the end of a ready file', async () => {
    const { started } = await exportAll({ clientId: data.clients[0], states: ['held'] });
    const { bytes } = await readExport(core, started.id);
    const atEnd = await call<OutputOf<'exports:read'>>(core, 'exports:read', { id: started.id, offset: bytes.length });
    expect(atEnd).toEqual({ data: '', size: bytes.length, eof: true });
    const past = await core.dispatch('exports:read', { id: started.id, offset: bytes.length + 1 });
    expect(past.ok ? null : past.error.code).toBe('invalid_input');
  });
});
