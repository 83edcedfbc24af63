import { availableParallelism, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import type { Core } from '../../electron/core';
import type { EngineLimits } from '../../electron/core/dispatch';
import type { Connector } from '../../electron/core/integrations/connector';
import { capYoungGeneration } from '../../electron/core/lib/young-generation';
import { tempDir } from '../unit/support/core-harness';
import { openDispatchCore } from '../unit/support/dispatch-core';

export const realClock = { now: () => Date.now() };

/** A core on a temp folder with real time, for one benchmark; `done()` closes and deletes it. */
export function benchCore(
  connectors: Connector<unknown>[],
  limits?: Partial<EngineLimits>,
): { core: Core; done(): void } {
  // The heap as the app's main process has it.
  capYoungGeneration();
  const tmp = tempDir('zbl-bench-');
  // Checkpoints in their worker thread, as the app runs them.
  const core = openDispatchCore(tmp.dir, {
    clock: realClock,
    connectors,
    key: randomBytes(32),
    limits,
    checkpoints: {},
  });
  return {
    core,
    done() {
      core.close();
      tmp.cleanup();
    },
  };
}

export async function untilIdle(core: Core, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (core.forTests.engine.openCount() > 0) {
    if (Date.now() > deadline)
      throw new Error(`still ${core.forTests.engine.openCount()} dispatches open after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function fmt(n: number, digits = 2): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** One aligned result line. */
export function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(44)} ${value}`);
}

/** The p-th percentile of ascending `sorted` values. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * Watches the event loop until `stop()`: how long timers and I/O waited (p99 and the longest),
 * which is what the dispatch engine and the window wait while some work holds the thread.
 */
export function watchEventLoop(): { stop(): { p99: number; max: number } } {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  return {
    stop() {
      histogram.disable();
      return { p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 };
    },
  };
}

/** The machine's load as the figures next to it should be read: they move with it. */
export function machineLoad(): string {
  const [one = 0] = loadavg();
  return `load average ${fmt(one)} on ${availableParallelism()} cores`;
}
