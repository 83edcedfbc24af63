import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * The largest young generation the app's main thread keeps: two semi-spaces of this many megabytes.
 * Left to itself V8 doubles them up to 64 MB each on a long import (128 MB resident for what is
 * mostly garbage); at 16 MB the 100,000-row import took as long and peaked about 80 MB lower
 * (docs/architecture.md, "Memory"; the figures are in docs/development.md).
 */
export const MAIN_SEMI_SPACE_MB = 16;

const MB = 1024 * 1024;

let installed = false;

function newSpaceBytes(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

/**
 * Caps the main thread's young generation at `semiSpaceMb` per semi-space. V8 reads the size limit
 * only when a process starts (`--max-semi-space-size`), which an Electron app cannot pass to its own
 * main process; the growth factor, though, is read whenever V8 grows a young generation. So after
 * every collection the factor is 2 while the young generation is below the cap and 1 once it
 * reaches it (it may shrink when the app idles and grow back later). It is called before the core
 * starts: V8 grows the young generation while the app's modules load, and never shrinks it while
 * busy. Once per process.
 *
 * The factor is the whole process's, so worker threads could not grow theirs while the main
 * thread sits at its cap: isolates created from now on start at the same size instead (a worker's
 * `resourceLimits` still bound it), and have nothing left to grow.
 */
export function capYoungGeneration(semiSpaceMb = MAIN_SEMI_SPACE_MB): void {
  if (installed) return;
  installed = true;
  setFlagsFromString(`--min-semi-space-size=${semiSpaceMb}`);
  const cap = 2 * semiSpaceMb * MB;
  let factor = 0;
  const adjust = (): void => {
    const wanted = newSpaceBytes() >= cap ? 1 : 2;
    if (wanted === factor) return;
    factor = wanted;
    setFlagsFromString(`--semi-space-growth-factor=${wanted}`);
  };
  adjust();
  new PerformanceObserver(adjust).observe({ entryTypes: ['gc'] });
}
