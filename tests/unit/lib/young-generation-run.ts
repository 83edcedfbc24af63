import { getHeapSpaceStatistics } from 'node:v8';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { capYoungGeneration } from '../../../electron/core/lib/young-generation';

/**
 * A child process for young-generation.test.ts: keeps a sliding window of objects alive while it
 * allocates, as an import's batches do, on the main thread and then in a worker thread, and prints
 * each one's usual young generation (MB, both semi-spaces), and the main thread's just before and
 * after the cap when it had grown first.
 */
const newSpaceMb = (): number =>
  (getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0) / (1024 * 1024);

/**
 * The size the young generation has in nine rounds of ten. While a full collection marks, V8 may
 * let the young generation allocate a few pages past its capacity instead of collecting it, and
 * gives them back at the next scavenge: a round or two at, say, 17.75 or 20.25 MB under a cap of 16.
 */
function usual(sizes: number[]): number {
  return [...sizes].sort((a, b) => a - b)[Math.floor(sizes.length * 0.9)] ?? 0;
}

async function load(): Promise<number> {
  const sizes: number[] = [];
  const live: Array<{ n: number; text: string }> = [];
  for (let round = 0; round < 400; round++) {
    for (let i = 0; i < 20_000; i++) {
      live.push({ n: i, text: `row ${round} ${i}` });
      if (live.length > 40_000) live.splice(0, 20_000);
    }
    sizes.push(newSpaceMb());
    // The cap adjusts between tasks, as the app's event loop runs between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return usual(sizes);
}

async function main(): Promise<void> {
  // 'grown': the young generation first grows past the cap, as when the app's modules load.
  const grownBeforeCap = process.argv[4] === 'grown' ? await load() : 0;
  let afterCap = 0;
  if (process.argv[2] === 'cap') {
    capYoungGeneration(Number(process.argv[3]));
    afterCap = newSpaceMb();
  }
  const mainThread = await load();
  // A worker allowed 24 MB of young generation: two 8 MB semi-spaces and room for large objects.
  const worker = new Worker(__filename, {
    execArgv: ['--import', 'tsx'],
    resourceLimits: { maxYoungGenerationSizeMb: 24 },
  });
  const workerThread = await new Promise<number>((resolve) => worker.once('message', resolve));
  await worker.terminate();
  console.log(JSON.stringify({ grownBeforeCap, afterCap, mainThread, workerThread }));
}

if (isMainThread) void main();
else void load().then((size) => parentPort?.postMessage(size));
