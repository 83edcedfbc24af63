import { statSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readBatches, type PreparedBatch, type ReadRequest } from '../../../../electron/core/leads/imports/batches';
import { createImportPreparer } from '../../../../electron/core/leads/imports/preparer';
import { tempDir } from '../support/temp';

const tmp = tempDir('zbl-batches-');
afterAll(() => tmp.cleanup());

const read: ReadRequest = { encoding: 'utf-8', separator: ';', mapping: ['fullName', 'email', 'phone'] };
const ctx = { profile: null, allowlist: [] };

/** `count` rows (numbered from 2, after the header); every tenth has neither an e-mail nor a phone, so it is refused. */
function csvFile(count = 130): string {
  const lines = ['Nome;E-mail;Celular'];
  for (let i = 1; i <= count; i++) {
    lines.push(
      i % 10 === 0 ? `Sem contato ${i};;` : `Pessoa ${i};p${i}@empresa.com.br;(11) 9${String(i).padStart(4, '0')}-0000`,
    );
  }
  const path = tmp.path('leads.csv');
  writeFileSync(path, lines.join('\n'));
  return path;
}

/**
 * A worker that follows the import's protocol with empty lots, sent 10 ms apart, and then fails,
 * saying how many lots it had sent when the main thread first took one, or how it ended.
 */
function scriptedWorker(lots: number, exitCode?: number): string {
  const path = tmp.path(`scripted-${lots}-${exitCode ?? 'failed'}.cjs`);
  writeFileSync(
    path,
    `const { parentPort, workerData } = require('node:worker_threads');
const { rows, out } = workerData;
const times = {};
for (const stage of ['parse', 'validate', 'score', 'store', 'queue', 'index']) times[stage] = { ms: 0, cpuMs: 0, longest: 0, longestCpu: 0 };
const post = (message, last) => { out.postMessage(message); parentPort.postMessage(last ? 'last' : 'one'); };
let sent = 0;
let sentAtFirstTake = -1;
parentPort.on('message', (m) => { if (m === 'more' && sentAtFirstTake < 0) sentAtFirstTake = sent; });
post({ type: 'opened', mapping: [] });
const timer = setInterval(() => {
  if (sent < ${lots}) {
    sent++;
    return post({ type: 'batch', batch: { rows: [], refused: [], bytesRead: sent, times } });
  }
  clearInterval(timer);
  setTimeout(() => {
    if (${exitCode ?? -1} >= 0) process.exit(${exitCode ?? -1});
    post({ type: 'failed', message: 'first taken after ' + sentAtFirstTake + ' of ' + rows }, true);
  }, 50);
}, 10);
`,
  );
  return path;
}

async function all<R>(batches: AsyncGenerator<PreparedBatch<R>>): Promise<PreparedBatch<R>[]> {
  const out: PreparedBatch<R>[] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

describe("an import's batches", () => {
  it('hold at most the asked number of leads, in file order, with the refused rows beside them', async () => {
    const opened = await readBatches(csvFile(), read, ctx, 7);
    const batches = await all(opened.batches());
    opened.close();
    expect(batches.every((b) => b.rows.length <= 7)).toBe(true);
    const rows = batches.flatMap((b) => b.rows.map((r) => r.row));
    expect(rows).toEqual(Array.from({ length: 130 }, (_, i) => i + 2).filter((n) => (n - 1) % 10 !== 0));
    expect(batches.flatMap((b) => b.rows.map((r) => r.lead.lead.email))[0]).toBe('p1@empresa.com.br');
    expect(batches.flatMap((b) => b.refused.map((r) => r.row))).toEqual([
      11, 21, 31, 41, 51, 61, 71, 81, 91, 101, 111, 121, 131,
    ]);
    expect(batches.at(-1)?.bytesRead).toBeGreaterThan(3000);
  });

  it('give each lead the shape it was asked for as soon as it is prepared', async () => {
    const opened = await readBatches(csvFile(), read, ctx, 100, (r) => `${r.row}:${r.lead.lead.phoneE164 ?? '-'}`);
    const batches = await all(opened.batches());
    opened.close();
    expect(batches.map((b) => b.rows.length)).toEqual([100, 17]);
    expect(batches[0]?.rows.slice(0, 2)).toEqual(['2:+5511900010000', '3:+5511900020000']);
    // Each batch says how long its rows took to read, validate and score.
    expect(batches.reduce((sum, b) => sum + b.times.validate.ms, 0)).toBeGreaterThan(0);
  });

  it('from the worker thread, come in smaller messages put back together into batches of the asked size', async () => {
    const path = csvFile(1_300);
    const preparer = createImportPreparer({ minBytes: 0 });
    const source = await preparer.open({ path, size: statSync(path).size, read, ctx, rows: 500, withInputs: false });
    const batches = await all(source.batches());
    source.close();
    expect(source.thread).toBe('worker');
    expect(batches.map((b) => b.rows.length)).toEqual([500, 500, 170]);
    const rows = batches.flatMap((b) => b.rows.map((r) => r.row));
    expect(rows).toEqual(Array.from({ length: 1_300 }, (_, i) => i + 2).filter((n) => (n - 1) % 10 !== 0));
    expect(batches.flatMap((b) => b.refused.map((r) => r.row))).toEqual(
      Array.from({ length: 130 }, (_, i) => (i + 1) * 10 + 1),
    );
    // How far the file is read grows batch by batch, and each batch's times add up its messages'.
    const progress = batches.map((b) => b.bytesRead);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(statSync(path).size);
    expect(batches.every((b) => b.times.validate.ms > 0)).toBe(true);
  });

  it("from the worker thread, are taken off its port only once a batch's worth of messages waits there", async () => {
    // Rows taken as each message arrived waited decoded in the main thread's heap for the rest of their batch.
    const path = csvFile(10);
    const preparer = createImportPreparer({ minBytes: 0, script: scriptedWorker(12) });
    const source = await preparer.open({ path, size: statSync(path).size, read, ctx, rows: 500, withInputs: false });
    // 500 rows a batch, 50 a message: the first is taken once ten wait.
    await expect(all(source.batches())).rejects.toThrow('first taken after 10 of 50');
    source.close();
  });

  it('from the worker thread, end with its exit when it stops without a last word', async () => {
    const path = csvFile(10);
    const preparer = createImportPreparer({ minBytes: 0, script: scriptedWorker(3, 3) });
    const source = await preparer.open({ path, size: statSync(path).size, read, ctx, rows: 500, withInputs: false });
    await expect(all(source.batches())).rejects.toThrow("The import's worker stopped (exit code 3).");
    source.close();
  });
});
