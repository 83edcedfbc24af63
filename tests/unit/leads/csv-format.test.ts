import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectEncoding, isValidUtf8 } from '../../../electron/core/leads/csv/encoding';
import { sniffSeparator } from '../../../electron/core/leads/csv/sniff';

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

describe('encoding detection', () => {
  it('trusts a BOM', () => {
    expect(detectEncoding(utf8('\uFEFFNome;E-mail\n'))).toEqual({ encoding: 'utf-8', bom: true });
    expect(detectEncoding(iconv.encode('\uFEFFNome', 'utf16le'))).toEqual({ encoding: 'utf-16le', bom: true });
    expect(detectEncoding(iconv.encode('\uFEFFNome', 'utf16be'))).toEqual({ encoding: 'utf-16be', bom: true });
  });

  it('takes valid UTF-8 (and plain ASCII) as UTF-8', () => {
    expect(detectEncoding(utf8('Nome;Cidade\nJoão;São Paulo\n'))).toEqual({ encoding: 'utf-8', bom: false });
    expect(detectEncoding(utf8('name,email\n'))).toEqual({ encoding: 'utf-8', bom: false });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    const bytes = iconv.encode('Nome;Cidade\nJoão;São Paulo\nAção “especial” – 5€\n', 'win1252');
    expect(detectEncoding(bytes)).toEqual({ encoding: 'windows-1252', bom: false });
    expect(decodeBytes(bytes, 'windows-1252')).toContain('Ação “especial” – 5€');
  });

  it('does not mistake a sample cut inside a character for Windows-1252', () => {
    const bytes = utf8('Nome\nJoão');
    const cut = bytes.subarray(0, bytes.length - 2); // ends in the middle of "ã"
    expect(isValidUtf8(cut, false)).toBe(false);
    expect(isValidUtf8(cut, true)).toBe(true);
    expect(detectEncoding(cut, false).encoding).toBe('utf-8');
    expect(detectEncoding(cut, true).encoding).toBe('windows-1252');
  });

  it('rejects malformed UTF-8: stray continuation bytes, overlongs, surrogates', () => {
    expect(isValidUtf8(Buffer.from([0x80]))).toBe(false);
    expect(isValidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(false);
    expect(isValidUtf8(Buffer.from([0xe0, 0x80, 0xaf]))).toBe(false);
    expect(isValidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(false);
    expect(isValidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(false);
    expect(isValidUtf8(utf8('😀 ç ü'))).toBe(true);
  });
});

describe('separator sniffing', () => {
  it('finds ; in a pt-BR Excel export with decimal commas', () => {
    const text = 'Nome;Valor;Cidade\nAna;1,50;Recife\nBia;2,75;Natal\nCaio;3,00;Belém\n';
    expect(sniffSeparator(text)).toEqual({ separator: ';', confident: true });
  });

  it('finds , in a web tool export, ignoring separators inside quotes', () => {
    const text = 'name,email,company\n"Silva; Ana",ana@x.com,"Acme, Ltda"\nBia,bia@x.com,Beta\n';
    expect(sniffSeparator(text)).toEqual({ separator: ',', confident: true });
  });

  it('finds tabs and pipes', () => {
    expect(sniffSeparator('a\tb\tc\n1\t2\t3\n').separator).toBe('\t');
    expect(sniffSeparator('a|b|c\n1|2|3\n').separator).toBe('|');
  });

  it('counts records, not lines, when a quoted value spans lines', () => {
    const text = 'a,b,c\n1,"linha um\nlinha; dois; três",3\n4,5,6\n';
    expect(sniffSeparator(text)).toEqual({ separator: ',', confident: true });
  });

  it('is not confident when no candidate splits the records consistently', () => {
    const text = 'a;b,c\n1;2\n3,4,5,6\n7\n8;9;10\n';
    expect(sniffSeparator(text).confident).toBe(false);
    expect(sniffSeparator('email\na@b.co\n')).toEqual({ separator: ';', confident: false });
  });

  it('ignores a last record cut off by the sample', () => {
    const text = 'a;b;c\n1;2;3\n4;5;6\n7;8';
    expect(sniffSeparator(text, false)).toEqual({ separator: ';', confident: true });
  });
});
