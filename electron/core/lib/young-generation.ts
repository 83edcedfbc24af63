import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The largest young generation the app's main thread keeps: two semi-spaces of this many megabytes.
 * Left to itself V8 doubles them up to 64 MB each on a long import (128 MB resident for what is
 * mostly garbage). At 16 MB the 100,000-row import peaked about 80 MB lower and took as long; at
 * 8 MB, with allocation-site pretenuring off, about 20 MB lower again, and as long
 * (docs/architecture.md, "Memory"; the figures are in docs/development.md).
 */
export const MAIN_SEMI_SPACE_MB = 8;

const MB = 1024 * 1024;

let installed = false;

function newSpaceBytes(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

interface GcOptions {
  type: 'major';
  execution: 'sync';
  flavor: 'last-resort';
}

/**
 * Gives back the young generation the app's modules grew while they loaded: V8 shrinks a young
 * generation only after a full collection that reduces memory, which its `gc` extension runs as
 * the "last resort" flavour. The extension is exposed for this one call and hidden again; where a
 * runtime lacks it, the young generation stays as it is and the cap still stops it there.
 */
function shrinkYoungGeneration(): void {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
  setFlagsFromString('--no-expose-gc');
  if (typeof gc === 'function')
    (gc as (options: GcOptions) => void)({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/**
 * Caps the main thread's young generation at `semiSpaceMb` per semi-space. V8 reads the size limit
 * only when a process starts (`--max-semi-space-size`), which an Electron app cannot pass to its own
 * main process; the growth factor, though, is read whenever V8 grows a young generation. So after
 * every collection the factor is 2 while doubling stays within the cap and 1 otherwise (it may
 * shrink when the app idles and grow back later). Called once the core's modules have loaded, it
 * first shrinks what their loading grew past the cap. Once per process.
 *
 * Allocation-site pretenuring is turned off with it: with a small young generation, the rows of a
 * batch still being stored outlive a scavenge or two, V8 then allocates them straight in the old
 * generation, and that fills with garbage (an import peaked at about 320 MB instead of 235).
 *
 * The factor is the whole process's, so worker threads could not grow theirs while the main
 * thread sits at its cap: isolates created from now on start at the same size instead (a worker's
 * `resourceLimits` still bound it), and have nothing left to grow.
 */
export function capYoungGeneration(semiSpaceMb = MAIN_SEMI_SPACE_MB): void {
  if (installed) return;
  installed = true;
  setFlagsFromString(`--min-semi-space-size=${semiSpaceMb}`);
  setFlagsFromString('--no-allocation-site-pretenuring');
  const cap = 2 * semiSpaceMb * MB;
  if (newSpaceBytes() > cap) shrinkYoungGeneration();
  let factor = 0;
  const adjust = (): void => {
    // Never past the cap in one growth: after the shrink its size need not divide the cap.
    const wanted = Math.max(1, Math.min(2, Math.floor(cap / Math.max(newSpaceBytes(), 1))));
    if (wanted === factor) return;
    factor = wanted;
    setFlagsFromString(`--semi-space-growth-factor=${wanted}`);
  };
  adjust();
  new PerformanceObserver(adjust).observe({ entryTypes: ['gc'] });
}
