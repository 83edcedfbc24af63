import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import type { ImportIssue, ImportPreview, ImportView, LeadDetail } from '#contract';
import type { Core } from '../../../../electron/core';
import { call } from '../../support/core-harness';
import { recordEvents, seedIntegration } from '../../support/dispatch-core';
import { readExport, watchExports } from '../../logs/export-support';
import { openLeadsCore, startManyRows, type LeadsCore } from './support';

const CSV = [
  'Nome;E-mail;Celular;Empresa;CNPJ;Cargo;Segmento',
  'JOÃO PEREIRA;joao@acme.com.br;(11) 98765-4321;Acme;11.222.333/0001-81;Diretor;Indústria',
  'Sem Contato;;;Nada;;;',
  'Bia Lima;bia@gmail.com;;;;;Varejo',
  'João P.;JOAO@acme.com.br;(11) 91234-5678;Acme Novo;;;',
].join('\r\n');

describe('CSV imports through the contract', () => {
  let env: LeadsCore;
  let core: Core;
  let client: string;
  beforeEach(() => {
    env = openLeadsCore();
    ({ core, client } = env);
  });
  afterEach(() => env.close());

  async function upload(bytes: Buffer, chunk = 16): Promise<string> {
    const { uploadId } = await call<{ uploadId: string }>(core, 'uploads:begin', {
      name: 'leads.csv',
      size: bytes.length,
    });
    for (let offset = 0; offset < bytes.length; offset += chunk) {
      const data = bytes.subarray(offset, offset + chunk).toString('base64');
      await call(core, 'uploads:append', { uploadId, offset, data });
    }
    return uploadId;
  }

  async function runImport(bytes: Buffer, duplicatePolicy: 'update' | 'skip' | 'keep'): Promise<ImportView> {
    const uploadId = await upload(bytes);
    const preview = await call<ImportPreview>(core, 'leads:importPreview', { clientId: client, uploadId });
    const mapping = preview.mapping.map((m) => (m.header === 'Segmento' ? 'custom.segmento' : m.target));
    const started = await call<ImportView>(core, 'leads:importStart', {
      clientId: client,
      uploadId,
      fileName: 'leads.csv',
      encoding: preview.encoding,
      separator: preview.separator,
      mapping,
      duplicatePolicy,
    });
    await core.forTests.imports.settled(started.id);
    return call<ImportView>(core, 'leads:importGet', { id: started.id });
  }

  it('previews a Windows-1252 file with `;` and maps the columns', async () => {
    const uploadId = await upload(iconv.encode(CSV, 'win1252'));
    const preview = await call<ImportPreview>(core, 'leads:importPreview', { clientId: client, uploadId });
    expect(preview).toMatchObject({ encoding: 'windows-1252', separator: ';', bom: false });
    expect(preview.mapping.map((m) => m.target)).toEqual([
      'fullName',
      'email',
      'phone',
      'company',
      'cnpj',
      'jobTitle',
      expect.stringMatching(/^custom\.|ignore/),
    ]);
    expect(preview.rows[0]?.lead).toMatchObject({ fullName: 'JOÃO PEREIRA', email: 'joao@acme.com.br' });
    expect(preview.rows[1]).toMatchObject({ status: 'invalid', lead: null });

    // Under the user's mapping: the e-mail column ignored, the rows are checked without it.
    const remapped = await call<ImportPreview>(core, 'leads:importPreview', {
      clientId: client,
      uploadId,
      encoding: preview.encoding,
      separator: preview.separator,
      mapping: preview.mapping.map((m) => (m.target === 'email' ? 'ignore' : m.target)),
    });
    expect(remapped.mapping.find((m) => m.header === 'E-mail')?.target).toBe('ignore');
    expect(remapped.rows[0]?.lead).not.toHaveProperty('email');
    expect(remapped.rows[0]?.lead).toMatchObject({ fullName: 'JOÃO PEREIRA' });
    const bad = await core.dispatch('leads:importPreview', { clientId: client, uploadId, mapping: ['nowhere'] });
    expect(bad.ok).toBe(false);
  });

  it('imports with progress, a per-row report, and the qualified leads queued', async () => {
    seedIntegration(core, client, { status: 'active' });
    const events = recordEvents(core);
    const done = await runImport(iconv.encode(CSV, 'win1252'), 'keep');
    expect(done).toMatchObject({ state: 'done', rows: 4, created: 3, updated: 0, duplicates: 0, invalid: 1 });
    expect(done.qualified).toBeGreaterThanOrEqual(1);
    const progress = events.filter((e) => e.event === 'leads:importProgress');
    expect(progress.length).toBeGreaterThan(0);
    const last = progress.at(-1)?.payload as ImportView | undefined;
    expect(last).toMatchObject({ state: 'done', created: 3 });
    expect(last?.bytesRead).toBe(last?.totalBytes);
    expect(last?.totalBytes).toBeGreaterThan(0);
    const report = await call<{ issues: ImportIssue[] }>(core, 'leads:importIssues', { id: done.id });
    expect(report.issues).toEqual([expect.objectContaining({ row: 3, code: 'no_contact', severity: 'error' })]);
    const list = await call<{ rows: Array<{ id: string; fullName: string }> }>(core, 'leads:list', {
      clientId: client,
      importId: done.id,
    });
    expect(list.rows.map((r) => r.fullName)).toContain('João Pereira');
    const joao = list.rows.find((r) => r.fullName === 'João Pereira');
    const detail = await call<LeadDetail>(core, 'leads:get', { id: joao?.id ?? '' });
    expect(detail).toMatchObject({ origin: 'csv', custom: { segmento: 'Indústria' }, importId: done.id });
    expect(detail.dispatches).toHaveLength(1);
  });

  it('applies the repeated-lead policy within the client: update, skip, keep both', async () => {
    const update = await runImport(Buffer.from(CSV, 'utf8'), 'update');
    // João's second row repeats the first in the same file: merged into the lead it made, which
    // did not exist before the import, so nothing counts as "updated".
    expect(update).toMatchObject({ rows: 4, created: 2, updated: 0, duplicates: 0, repeated: 1, invalid: 1 });
    const joao = await call<{ rows: Array<{ id: string }> }>(core, 'leads:list', { clientId: client, search: 'joao@' });
    expect(joao.rows).toHaveLength(1);
    const merged = await call<LeadDetail>(core, 'leads:get', { id: joao.rows[0]?.id ?? '' });
    // The later row wins where it has values; the CNPJ it left empty stays.
    expect(merged).toMatchObject({
      email: 'joao@acme.com.br',
      company: 'Acme Novo',
      phoneE164: '+5511912345678',
      cnpj: '11222333000181',
    });

    // Two leads already there, and João's repeat skipped as a repeat of the file.
    const skip = await runImport(Buffer.from(CSV, 'utf8'), 'skip');
    expect(skip).toMatchObject({ created: 0, updated: 0, duplicates: 2, repeated: 1, qualified: 0 });
    const keep = await runImport(Buffer.from(CSV, 'utf8'), 'keep');
    expect(keep).toMatchObject({ created: 3, repeated: 1 });
    expect((await call<{ total: number }>(core, 'leads:list', { clientId: client })).total).toBe(5);
  });

  it('refuses out-of-order chunks, an oversize chunk and an unfinished upload', async () => {
    const bytes = Buffer.from(CSV, 'utf8');
    const { uploadId } = await call<{ uploadId: string }>(core, 'uploads:begin', { name: 'x.csv', size: bytes.length });
    const skipped = await core.dispatch('uploads:append', {
      uploadId,
      offset: 10,
      data: bytes.subarray(10, 20).toString('base64'),
    });
    expect(skipped).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const early = await core.dispatch('leads:importPreview', { clientId: client, uploadId });
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await core.dispatch('leads:importPreview', { clientId: client, uploadId: 'f'.repeat(32) });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const tooBig = await core.dispatch('uploads:begin', { name: 'x.csv', size: 10 * 1024 * 1024 * 1024 });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('fails an import whose file cannot be read, and the app goes on', async () => {
    const bytes = Buffer.from(CSV, 'utf8');
    const uploadId = await upload(bytes, bytes.length);
    const preview = await call<ImportPreview>(core, 'leads:importPreview', { clientId: client, uploadId });
    // The upload's file turns unreadable between the preview and the import (here: a folder in its place).
    const path = join(env.dataDir, 'uploads', `${uploadId}.part`);
    rmSync(path);
    mkdirSync(path);
    const started = await call<ImportView>(core, 'leads:importStart', {
      clientId: client,
      uploadId,
      fileName: 'leads.csv',
      encoding: preview.encoding,
      separator: preview.separator,
      mapping: preview.mapping.map((m) => m.target),
      duplicatePolicy: 'update',
    });
    await core.forTests.imports.settled(started.id);
    const done = await call<ImportView>(core, 'leads:importGet', { id: started.id });
    expect(done.state).toBe('failed');
    expect(done.message).toContain('EISDIR');
    // Another import still runs.
    expect((await runImport(bytes, 'update')).state).toBe('done');
  });

  it('stops at a cancel between batches and keeps what it stored', async () => {
    const started = await startManyRows(core, client, 3_000, 'p');
    await call(core, 'leads:importCancel', { id: started.id });
    await core.forTests.imports.settled(started.id);
    const done = await call<ImportView>(core, 'leads:importGet', { id: started.id });
    expect(done.state).toBe('cancelled');
    expect(done.created).toBeLessThan(3_000);
    const stored = (await call<{ total: number }>(core, 'leads:list', { clientId: client })).total;
    expect(stored).toBe(done.created);
  });

  it('lists the rows it imported with problems in the report, and says which rows it refused', async () => {
    const csv = [
      'Nome;E-mail;WhatsApp;CNPJ;Observações',
      'Ana Lima;ana@acme.com.br;(11) 9876-5;11.222.333/0001-82;"Ligar de manhã\r\nou à tarde"',
      'Sem Contato;;;;',
      'Caio Reis;caio@acme;(11) 98765-4321;;',
    ].join('\r\n');
    const done = await runImport(iconv.encode(csv, 'win1252'), 'update');
    expect(done).toMatchObject({ rows: 3, created: 2, invalid: 1, withProblems: 2, issues: 4 });
    const { issues } = await call<{ issues: ImportIssue[] }>(core, 'leads:importIssues', { id: done.id });
    expect(issues.map((i) => [i.row, i.line, i.outcome, i.code, i.column])).toEqual([
      [2, 2, 'imported', 'phone_short_subscriber', 'WhatsApp'],
      [2, 2, 'imported', 'cnpj_check_digits', 'CNPJ'],
      // The note's line break puts the next row on line 4.
      [3, 4, 'refused', 'no_contact', 'E-mail'],
      [4, 5, 'imported', expect.stringMatching(/^email_/), 'E-mail'],
    ]);
    const watch = watchExports(core);
    const report = await call<{ id: string }>(core, 'leads:importReport', { id: done.id });
    expect((await watch.finished(report.id)).kind).toBe('ready');
    const lines = (await readExport(core, report.id)).bytes.toString('utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFRow;Line;Row result;Column;Field;Severity;Code;Problem');
    expect(lines[2]).toBe(
      '2;2;imported;CNPJ;cnpj;error;cnpj_check_digits;The CNPJ check digits do not match: it was probably mistyped.',
    );
    watch.stop();
  });

  it('writes the per-row report and the filtered leads as CSV files for download', async () => {
    const done = await runImport(iconv.encode(CSV, 'win1252'), 'keep');
    const watch = watchExports(core);
    const report = await call<{ id: string; fileName: string; total: number }>(core, 'leads:importReport', {
      id: done.id,
    });
    expect(report).toMatchObject({ fileName: 'leads-report.csv', total: 1 });
    expect((await watch.finished(report.id)).kind).toBe('ready');
    const reportText = (await readExport(core, report.id)).bytes.toString('utf8');
    expect(reportText.split('\r\n')[1]).toBe(
      '3;3;refused;E-mail;email;error;no_contact;The row has neither an e-mail nor a phone.',
    );
    // The other rows have nothing to fix (a missing phone is no problem): the refused row is all.
    expect(reportText.split('\r\n').filter(Boolean)).toHaveLength(2);
    // In the user's language: each code's text as a template, filled with the row's own values.
    const translated = await call<{ id: string }>(core, 'leads:importReport', {
      id: done.id,
      messages: { no_contact: 'A linha não tem e-mail nem telefone.' },
      severities: { error: 'Erro', warning: 'Aviso' },
      outcomes: { refused: 'Recusada', imported: 'Importada', skipped: 'Ignorada' },
    });
    expect((await watch.finished(translated.id)).kind).toBe('ready');
    const ptText = (await readExport(core, translated.id)).bytes.toString('utf8');
    expect(ptText.split('\r\n')[1]).toBe(
      '3;3;Recusada;E-mail;email;Erro;no_contact;A linha não tem e-mail nem telefone.',
    );

    const leads = await call<{ id: string; total: number }>(core, 'leads:export', {
      clientId: client,
      qualified: true,
      timeZone: 'America/Sao_Paulo',
    });
    expect((await watch.finished(leads.id)).kind).toBe('ready');
    const lines = (await readExport(core, leads.id)).bytes.toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]?.startsWith('\uFEFFReceived;Name;E-mail')).toBe(true);
    expect(lines).toHaveLength(1 + leads.total);
    // A leading `+` is a formula to Excel: the cell is written as text.
    expect(lines.join('\n')).toContain("João Pereira;joao@acme.com.br;'+5511987654321;Acme;11.222.333/0001-81");
    expect(lines[1]).toMatch(/;yes;corporate;\d+;csv;/);

    // Headings and coded values in the user's language.
    const columns = ['Recebido', 'Nome', 'E-mail', 'Telefone', 'Empresa', 'CNPJ', 'Cargo', 'Cidade', 'UF', 'Origem',
      'Pontos', 'Faixa', 'Qualificado', 'Tipo de e-mail', 'Problemas', 'Entrada', 'UTM', 'Campos']; // prettier-ignore
    const inPortuguese = await call<{ id: string; total: number }>(core, 'leads:export', {
      clientId: client,
      qualified: true,
      timeZone: 'America/Sao_Paulo',
      columns,
      values: {
        yes: 'sim',
        no: 'não',
        emailKinds: {
          corporate: 'Corporativo',
          free: 'Gratuito',
          disposable: 'Descartável',
          invalid: 'Inválido',
          missing: 'Ausente',
        },
        origins: { csv: 'CSV importado', manual: 'Manual', api: 'API', test: 'Teste' },
        ranges: { high: 'Alta', medium: 'Média', low: 'Baixa' },
      },
    });
    expect((await watch.finished(inPortuguese.id)).kind).toBe('ready');
    const pt = (await readExport(core, inPortuguese.id)).bytes.toString('utf8').split('\r\n');
    expect(pt[0]).toBe(`\uFEFF${columns.join(';')}`);
    expect(pt[1]).toMatch(/;(Alta|Média|Baixa);sim;Corporativo;\d+;CSV importado;/);
    await expect(
      call(core, 'leads:export', { clientId: client, timeZone: 'UTC', values: { yes: 'sim', no: 'não' } }),
    ).rejects.toThrow();
    watch.stop();
  });
});
