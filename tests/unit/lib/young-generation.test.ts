import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const RUN = join(__dirname, 'young-generation-run.ts');

/** The young generations' usual sizes in a fresh process under an import-like load, in MB (both semi-spaces). */
interface NewSpaces {
  /** The main thread's before the cap, when it grew first ('grown'). */
  grownBeforeCap: number;
  /** The main thread's just after the cap was set. */
  afterCap: number;
  mainThread: number;
  workerThread: number;
}

async function usualNewSpaces(...args: string[]): Promise<NewSpaces> {
  // V8's own largest young generation depends on the machine's memory: set, so that both runs may grow as far.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--max-semi-space-size=64', '--import', 'tsx', RUN, ...args],
    {
      env: { ...process.env, NODE_OPTIONS: '' },
    },
  );
  return JSON.parse(stdout) as NewSpaces;
}

describe('capYoungGeneration', () => {
  it("keeps the main thread's young generation at the cap where V8 would grow it further", async () => {
    const [free, capped] = await Promise.all([usualNewSpaces(), usualNewSpaces('cap', '8')]);
    // Without the cap V8 grows it to 128 MB here (two 64 MB semi-spaces); capped, it reaches two of 8.
    expect(free.mainThread).toBeGreaterThan(64);
    expect(capped.mainThread).toBeGreaterThanOrEqual(8);
    expect(capped.mainThread).toBeLessThanOrEqual(16);
  }, 60_000);

  it('first gives back a young generation grown past the cap, then keeps it there', async () => {
    const capped = await usualNewSpaces('cap', '8', 'grown');
    expect(capped.grownBeforeCap).toBeGreaterThan(64);
    expect(capped.afterCap).toBeLessThanOrEqual(16);
    expect(capped.mainThread).toBeLessThanOrEqual(16);
  }, 60_000);

  it('leaves worker threads their own young generation while the main thread sits at its cap', async () => {
    const capped = await usualNewSpaces('cap', '8');
    // At least two 8 MB semi-spaces, as its resourceLimits allow; held at the growth factor of 1
    // the main thread set, a worker's stops at about 12 MB under this load.
    expect(capped.workerThread).toBeGreaterThanOrEqual(16);
  }, 60_000);
});
