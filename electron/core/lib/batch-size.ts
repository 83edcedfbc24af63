/**
 * How a batch of work is sized from the CPU time the last one took: the time it holds the thread
 * on an idle core. Wall time would also count the moments other programs had the core, and on a
 * busy machine make every batch small, which costs more in all (each commit, each page read).
 */
export interface BatchPace {
  /** The CPU time one batch may take: the dispatch engine and the window wait that long at most. */
  targetMs: number;
  min: number;
  max: number;
}

/**
 * The next batch's size: halfway to what would have taken `targetMs`, within bounds. A batch that
 * came out smaller than asked (the end of the data) says nothing about the pace.
 */
export function nextBatchSize(current: number, done: number, ms: number, pace: BatchPace): number {
  if (done < current) return current;
  const fit = (done * pace.targetMs) / Math.max(ms, 1);
  return Math.round(Math.min(pace.max, Math.max(pace.min, (current + fit) / 2)));
}

/** This thread's CPU time so far, in milliseconds. */
export function threadCpuMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}
