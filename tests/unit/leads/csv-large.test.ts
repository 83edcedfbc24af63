import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLeadsCsv } from '../../../electron/core/leads/csv';
import { tempDir } from './support/temp';

const ROWS = 100_000;
const tmp = tempDir();
const file = tmp.path('100k.csv');

/** Row i of the generated file: every 1,000th has no contact, every 7th quotes a value holding the separator. */
function line(i: number): string {
  const noContact = i % 1000 === 999;
  const email = noContact ? '' : `pessoa${i}@empresa${i % 500}.com.br`;
  const phone = noContact ? '' : `(11) 9${String(10_000_000 + i).slice(-8)}`;
  const company = i % 7 === 0 ? `"Empresa ${i}; Filial"` : `Empresa ${i}`;
  return `José ${i};${email};${phone};${company};SP;google\r\n`;
}

async function writeFixture(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('\uFEFFNome;E-mail;Celular;Empresa;UF;utm_source\r\n');
  for (let i = 0; i < ROWS; i++) {
    // Respect the stream's own backpressure while generating, too.
    if (!out.write(line(i))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

beforeAll(async () => {
  await writeFixture(file);
}, 30_000);
afterAll(() => tmp.cleanup());

describe('a 100,000-row CSV', () => {
  it('streams every row with its row number, in a few seconds', async () => {
    const started = performance.now();
    const csv = await openLeadsCsv(file);
    let count = 0;
    let invalid = 0;
    let lastRow = 1;
    let inOrder = true;
    let quoted = '';
    let invalidCode = '';
    for await (const row of csv.rows()) {
      count++;
      // Checked by hand, not with expect: 100,000 assertions would dominate the timing.
      if (row.row !== lastRow + 1) inOrder = false;
      lastRow = row.row;
      if (row.status !== 'ok') {
        invalid++;
        invalidCode = row.issues[0]?.code ?? '';
      }
      if (row.row === 2 + 7 * 1000) quoted = row.lead?.company ?? '';
    }
    const seconds = (performance.now() - started) / 1000;
    expect(count).toBe(ROWS);
    expect(inOrder).toBe(true);
    expect(invalid).toBe(ROWS / 1000);
    expect(invalidCode).toBe('no_contact');
    expect(lastRow).toBe(ROWS + 1);
    expect(quoted).toBe('Empresa 7000; Filial');
    expect(csv.stats).toEqual({ rows: ROWS, ok: ROWS - ROWS / 1000, invalid: ROWS / 1000, unreadable: 0, blank: 0 });
    expect(seconds).toBeLessThan(15);
  });

  it('reads only as fast as rows are consumed (flat memory), from a lazily generated stream', async () => {
    // A third of the size is enough to show the lag stays bounded, at a third of the time.
    const total = 30_000;
    let produced = 0;
    function* generate(): Generator<Buffer> {
      yield Buffer.from('Nome;E-mail;Celular;Empresa;UF;utm_source\r\n');
      for (let i = 0; i < total; i++) {
        produced++;
        yield Buffer.from(line(i));
      }
    }
    const csv = await openLeadsCsv(Readable.from(generate(), { objectMode: false }));
    let consumed = 0;
    let maxAhead = 0;
    for await (const row of csv.rows()) {
      consumed++;
      maxAhead = Math.max(maxAhead, produced - (row.row - 1));
    }
    expect(consumed).toBe(total);
    // Only the stream buffers (tens of kilobytes) are ever ahead of the consumer, not the file.
    expect(maxAhead).toBeLessThan(5_000);
  });

  it('stops reading when the consumer stops early', async () => {
    let produced = 0;
    function* generate(): Generator<Buffer> {
      yield Buffer.from('Nome;E-mail\n');
      for (let i = 0; i < ROWS; i++) {
        produced++;
        yield Buffer.from(`P${i};p${i}@x.com\n`);
      }
    }
    const source = Readable.from(generate(), { objectMode: false });
    const csv = await openLeadsCsv(source);
    for await (const row of csv.rows()) if (row.row > 10) break;
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.destroyed).toBe(true);
    // A few stream buffers' worth of rows (64 KB each since Node 22), never the rest of the file.
    expect(produced).toBeLessThan(ROWS / 4);
  });
});
