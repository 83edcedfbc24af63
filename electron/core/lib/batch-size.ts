/** How a batch of work is sized from the time the last one took. */
export interface BatchPace {
  /** How long one batch may hold the thread: the dispatch engine and the window wait that long at most. */
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
