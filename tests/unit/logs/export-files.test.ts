import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvCell, csvLine, zonedTimeFormatter } from '../../../electron/core/lib/csv-writer';
import { createGeneratedFiles, EXPORT_MAX_AGE_MS } from '../../../electron/core/exports/files';
import { AppError } from '../../../electron/core/errors';
import { ManualClock, tempDir } from '../support/core-harness';

describe('generated files: chunked reads by id', () => {
  let tmp: ReturnType<typeof tempDir>;
  const clock = new ManualClock();
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  async function codeOf(p: Promise<unknown>): Promise<string> {
    try {
      await p;
      return 'ok';
    } catch (err) {
      return err instanceof AppError ? err.code : String(err);
    }
  }

  it('reads a file back in bounded chunks that add up to exactly its bytes', async () => {
    const files = createGeneratedFiles({ dir: join(tmp.dir, 'exports'), clock, chunkBytes: 1000 });
    const content = randomBytes(4500);
    const file = files.create({ fileName: 'x.csv', mime: 'text/csv', ext: 'csv' });
    await writeFile(file.partPath, content);
    // Not readable while it is being written.
    expect(await codeOf(files.read(file.id, 0))).toBe('conflict');
    expect((await files.ready(file.id)).size).toBe(4500);

    const parts: Buffer[] = [];
    const sizes: number[] = [];
    for (let offset = 0, eof = false; !eof;) {
      const chunk = await files.read(file.id, offset);
      const bytes = Buffer.from(chunk.data, 'base64');
      sizes.push(bytes.length);
      parts.push(bytes);
      offset += bytes.length;
      eof = chunk.eof;
    }
    expect(sizes).toEqual([1000, 1000, 1000, 1000, 500]);
    expect(Buffer.concat(parts).equals(content)).toBe(true);
    expect(await codeOf(files.read(file.id, 4501))).toBe('invalid_input');
    expect(await codeOf(files.read(file.id, 1.5))).toBe('invalid_input');
  });

  it('knows files by the ids it made, never by a name or path', async () => {
    const dir = join(tmp.dir, 'exports');
    const files = createGeneratedFiles({ dir, clock });
    writeFileSync(join(tmp.dir, 'secret.txt'), 'do not read');
    for (const id of [
      '../secret.txt',
      '..%2Fsecret.txt',
      'secret',
      '',
      `${'a'.repeat(8)}-aaaa-aaaa-aaaa-${'a'.repeat(12)}`,
    ]) {
      expect(await codeOf(files.read(id, 0))).toBe('not_found');
    }
    expect(() => files.create({ fileName: 'x', mime: 'text/plain', ext: '../x' })).toThrow();
  });

  it('cleans up files older than a day and part files nobody writes, at start', () => {
    const dir = join(tmp.dir, 'exports');
    const first = createGeneratedFiles({ dir, clock });
    const writing = first.create({ fileName: 'x.csv', mime: 'text/csv', ext: 'csv' });
    writeFileSync(writing.partPath, 'in progress');
    const old = join(dir, 'old.csv');
    const fresh = join(dir, 'fresh.csv');
    const crashed = join(dir, 'crashed.csv.part');
    for (const p of [old, fresh, crashed]) writeFileSync(p, 'x');
    const oldTime = (clock.now() - EXPORT_MAX_AGE_MS - 1000) / 1000;
    utimesSync(old, oldTime, oldTime);
    utimesSync(fresh, clock.now() / 1000, clock.now() / 1000);
    utimesSync(crashed, clock.now() / 1000, clock.now() / 1000);

    // The registry that owns `writing` keeps it; a new one (a restart) does not know it.
    expect(first.cleanup()).toBe(2);
    expect(existsSync(writing.partPath)).toBe(true);
    expect(existsSync(fresh)).toBe(true);
    const restarted = createGeneratedFiles({ dir, clock });
    expect(restarted.cleanup()).toBe(1);
    expect(readdirSync(dir)).toEqual(['fresh.csv']);
  });
});

describe('CSV for Excel', () => {
  it('quotes separators, quotes and line breaks, and neutralises formulas', () => {
    expect(csvCell('Silva; Souza')).toBe('"Silva; Souza"');
    expect(csvCell('O "Rei"')).toBe('"O ""Rei"""');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+5511999999999')).toBe("'+5511999999999");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(null)).toBe('');
    expect(csvCell(422)).toBe('422');
    expect(csvLine(['João', 'ação', null])).toBe('João;ação;\r\n');
  });

  it('writes times in the user zone, across a daylight saving change', () => {
    const ny = zonedTimeFormatter('America/New_York');
    // 2026-03-08 07:30 UTC is 03:30 EDT (clocks went forward at 02:00 EST = 07:00 UTC).
    expect(ny(Date.UTC(2026, 2, 8, 6, 30))).toBe('2026-03-08 01:30:00');
    expect(ny(Date.UTC(2026, 2, 8, 7, 30))).toBe('2026-03-08 03:30:00');
    expect(zonedTimeFormatter('America/Sao_Paulo')(Date.UTC(2026, 10, 26, 12, 0, 5))).toBe('2026-11-26 09:00:05');
    expect(zonedTimeFormatter('UTC')(0)).toBe('1970-01-01 00:00:00');
  });
});
