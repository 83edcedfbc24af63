import { writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { openLeadsCsv, previewLeadsCsv, type CsvRow, type LeadsCsv } from '../../../electron/core/leads/csv';
import { tempDir } from './support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function all(csv: LeadsCsv): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  for await (const row of csv.rows()) rows.push(row);
  return rows;
}

const HEADER = 'Nome;E-mail;Telefone;Empresa;UF';

describe('reading a leads CSV', () => {
  it('reads a UTF-8 file with a BOM from a path, without the BOM in the first header', async () => {
    const file = tmp.path('bom.csv');
    writeFileSync(file, `\uFEFF${HEADER}\r\nJOÃO DA SILVA;joao@acme.com.br;(11) 98765-4321;Acme;SP\r\n`);
    const csv = await openLeadsCsv(file);
    expect(csv).toMatchObject({ encoding: 'utf-8', bom: true, separator: ';' });
    expect(csv.headers).toEqual(['Nome', 'E-mail', 'Telefone', 'Empresa', 'UF']);
    expect(csv.mapping.map((m) => m.target)).toEqual(['fullName', 'email', 'phone', 'company', 'state']);
    const rows = await all(csv);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      row: 2,
      line: 2,
      status: 'ok',
      issues: [],
      lead: { fullName: 'JOÃO DA SILVA', email: 'joao@acme.com.br', phone: '(11) 98765-4321', state: 'SP' },
    });
    expect(csv.stats).toEqual({ rows: 1, ok: 1, invalid: 0, unreadable: 0, blank: 0 });
  });

  it('reads a Windows-1252 file with accents and typographic characters', async () => {
    const text = `Nome;E-mail;Cidade;Observação\nJosé Conceição;jose@x.com.br;São Paulo;“VIP” – 10€\n`;
    const file = tmp.path('cp1252.csv');
    writeFileSync(file, iconv.encode(text, 'win1252'));
    const csv = await openLeadsCsv(file);
    expect(csv.encoding).toBe('windows-1252');
    expect(csv.headers[3]).toBe('Observação');
    const [row] = await all(csv);
    expect(row?.lead).toMatchObject({
      fullName: 'José Conceição',
      city: 'São Paulo',
      custom: { observacao: '“VIP” – 10€' },
    });
    expect(row?.issues).toEqual([]);
  });

  it('reads comma-separated files with quoted values, and UTF-16 "Unicode text" exports with tabs', async () => {
    const comma = 'name,email,company\n"Silva, Ana",ana@x.com,"Acme ""Brasil"""\n';
    const csv = await openLeadsCsv(Buffer.from(comma));
    expect(csv.separator).toBe(',');
    expect((await all(csv))[0]?.lead).toMatchObject({ fullName: 'Silva, Ana', company: 'Acme "Brasil"' });

    const unicode = iconv.encode('\uFEFFNome\tE-mail\nÍris\tiris@x.com\n', 'utf16le');
    const csv16 = await openLeadsCsv(Readable.from([unicode]));
    expect(csv16).toMatchObject({ encoding: 'utf-16le', bom: true, separator: '\t' });
    expect((await all(csv16))[0]?.lead).toMatchObject({ fullName: 'Íris', email: 'iris@x.com' });
  });

  it('reports bad rows with their spreadsheet row and file line, and keeps reading', async () => {
    const text = [
      HEADER, //                                              row 1, line 1
      'Ana;ana@x.com;;Acme;SP', //                            row 2: ok
      'Bia;;;Beta;RJ', //                                     row 3: no e-mail nor phone
      '', //                                                  row 4: blank, skipped
      'Caio;caio@x.com;11 3456-7890;Gama; Ltda;MG', //        row 5: unquoted separator
      'Duda;"duda@x.com";;"Delta\nFiliais";BA', //            row 6: value over two lines (lines 6–7)
      'Eva;eva@x.com', //                                     row 7, line 8: short row (warning only)
      `Fabi;${'f'.repeat(300)}@x.com;;;SP`, //                row 8: too long
      'Gil;gil@x.com;;"Gil" Ltda;PE', //                      row 9: stray quotes are tolerated
      'Hugo;hugo@x.com;;Omega;SP;', //                        row 10: trailing separator is fine
    ].join('\n');
    const csv = await openLeadsCsv(Buffer.from(text));
    const rows = await all(csv);
    const summary = rows.map((r) => [r.row, r.line, r.status, r.issues.map((i) => i.code)]);
    expect(summary).toEqual([
      [2, 2, 'ok', []],
      [3, 3, 'invalid', ['no_contact']],
      [5, 5, 'invalid', ['too_many_columns']],
      [6, 6, 'ok', []],
      [7, 8, 'ok', ['missing_columns']],
      [8, 9, 'invalid', ['too_long']],
      [9, 10, 'ok', []],
      [10, 11, 'ok', []],
    ]);
    expect(rows[1]?.issues[0]).toMatchObject({ field: 'email', column: 'E-mail', severity: 'error' });
    expect(rows[3]?.lead?.company).toBe('Delta Filiais');
    expect(rows[6]?.lead?.company).toBe('"Gil" Ltda');
    expect(csv.stats).toEqual({ rows: 9, ok: 5, invalid: 3, unreadable: 0, blank: 1 });
  });

  it('counts the file lines of a Windows export as an editor does, after notes with line breaks', async () => {
    const text = [
      `"Nome";"E-mail";"Telefone";"Empresa";"Obs"`, //                          line 1
      'Ana;ana@x.com;;Acme;"Ligar de manhã\r\nou à tarde\r\nnunca às 12h"', // lines 2–4 (Windows breaks)
      'Bia;;;Beta;', //                                                     line 5: no contact
      '"Caio\r\nReis";caio@x.com;;Gama;"uma\nduas"', //                      lines 6–8 (both kinds)
      '', //                                                                line 9: blank
      'Duda;;;Delta;"x\ry"', //                                              lines 10–11 (an old Mac break)
      'Eva;eva@x.com;;Omega;', //                                           line 12
    ].join('\r\n');
    const rows = await all(await openLeadsCsv(iconv.encode(text, 'win1252')));
    expect(rows.map((r) => [r.row, r.line, r.status])).toEqual([
      [2, 2, 'ok'],
      [3, 5, 'invalid'],
      [4, 6, 'ok'],
      [6, 10, 'invalid'],
      [7, 12, 'ok'],
    ]);
    // A quote never closed after them is reported where it starts too.
    const broken = await all(await openLeadsCsv(Buffer.from(`${text}\r\nFabi;"fabi@x.com;;;\r\n`)));
    expect(broken.at(-1)).toMatchObject({ row: 8, line: 13, status: 'unreadable' });
  });

  it('stops at a runaway quoted value instead of holding the rest of the file in memory', async () => {
    const runaway = `Bia;"${'x'.repeat(300_000)}`;
    const text = [HEADER, 'Ana;ana@x.com;;;SP', runaway, 'Caio;caio@x.com;;;SP'].join('\n');
    const csv = await openLeadsCsv(Buffer.from(text));
    const rows = await all(csv);
    expect(rows.map((r) => [r.row, r.line, r.status, r.issues[0]?.code])).toEqual([
      [2, 2, 'ok', undefined],
      [3, 3, 'unreadable', 'csv_max_record_size'],
    ]);
    expect(rows[1]?.lead).toBeNull();
  });

  it('reports a quote never closed as one unreadable row at the line it starts', async () => {
    const text = [HEADER, 'Ana;ana@x.com;;;SP', 'Bia;"bia@x.com;;;SP', 'Caio;caio@x.com;;;SP', ''].join('\n');
    const csv = await openLeadsCsv(Buffer.from(text));
    const rows = await all(csv);
    expect(rows.map((r) => [r.row, r.line, r.status, r.issues[0]?.code])).toEqual([
      [2, 2, 'ok', undefined],
      [3, 3, 'unreadable', 'csv_quote_not_closed'],
    ]);
    expect(csv.stats.unreadable).toBe(1);
  });

  it('applies a mapping chosen by the user, an encoding and a separator override', async () => {
    const text = iconv.encode('Contato|Onde|Fone\nAna Lúcia|Recife|81 99876-5432\n', 'win1252');
    const csv = await openLeadsCsv(text, { separator: '|', encoding: 'windows-1252', mapping: ['fullName', 'city'] });
    expect(csv.mapping.map((m) => m.target)).toEqual(['fullName', 'city', 'ignore']);
    const [row] = await all(csv);
    // The phone column was ignored, so the row has no contact.
    expect(row).toMatchObject({ status: 'invalid', issues: [{ code: 'no_contact' }] });
    const asUtf8 = await all(await openLeadsCsv(text, { encoding: 'utf-8', mapping: ['fullName', 'city', 'phone'] }));
    expect(asUtf8[0]?.issues.map((i) => i.code)).toEqual(['encoding_replacement']);
  });

  it('handles a file with only a header, and an empty file', async () => {
    const headerOnly = await openLeadsCsv(Buffer.from(`${HEADER}\n`));
    expect(await all(headerOnly)).toEqual([]);
    expect(headerOnly.warnings).toEqual([]);
    const empty = await openLeadsCsv(Buffer.alloc(0));
    expect(empty.headers).toEqual([]);
    expect(empty.warnings).toEqual(['empty_file']);
    expect(await all(empty)).toEqual([]);
  });

  it('skips blank lines before the header', async () => {
    const csv = await openLeadsCsv(Buffer.from(`\n\n${HEADER}\nAna;ana@x.com;;;SP\n`));
    expect(csv.headers[0]).toBe('Nome');
    expect((await all(csv))[0]).toMatchObject({ row: 4, line: 4, status: 'ok' });
  });

  it('fails clearly for a missing file', async () => {
    await expect(openLeadsCsv(tmp.path('nope.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('can be read only once', async () => {
    const csv = await openLeadsCsv(Buffer.from(`${HEADER}\nAna;ana@x.com;;;SP\n`));
    await all(csv);
    await expect(all(csv)).rejects.toThrow(/only once/);
  });
});

describe('CSV preview', () => {
  it('shows the first rows mapped and says there are more', async () => {
    const lines = [HEADER, ...Array.from({ length: 30 }, (_, i) => `Pessoa ${i};p${i}@acme.com.br;;Acme;SP`)];
    const source = Readable.from([Buffer.from(lines.join('\n'))]);
    const preview = await previewLeadsCsv(source, { limit: 5 });
    expect(preview.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
    expect(preview.rows[0]?.lead?.email).toBe('p0@acme.com.br');
    expect(preview).toMatchObject({ truncated: true, separator: ';', encoding: 'utf-8', warnings: [] });
    // Reading stopped early: the source was released.
    expect(source.destroyed).toBe(true);
  });

  it('is not truncated when the file fits', async () => {
    const preview = await previewLeadsCsv(Buffer.from(`${HEADER}\nAna;ana@x.com;;;SP\n`), { limit: 5 });
    expect(preview.rows).toHaveLength(1);
    expect(preview.truncated).toBe(false);
  });

  it('warns about a mapping without contact columns', async () => {
    const preview = await previewLeadsCsv(Buffer.from('Nome;Cidade\nAna;Recife\n'));
    expect(preview.warnings).toEqual(['no_contact_column']);
    expect(preview.rows[0]?.issues.map((i) => i.code)).toEqual(['no_contact']);
  });
});
