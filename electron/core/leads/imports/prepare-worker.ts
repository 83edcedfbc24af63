/**
 * An import's worker thread: reads the uploaded CSV, validates and scores its leads, and hands
 * them to the main thread a batch at a time, which only stores them. Validation is most of an
 * import's CPU; here it runs beside the dispatch engine and the interface instead of between them.
 */
import { constants, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { readBatches } from './batches';
import { encodeRow } from './wire';
import type { Posted, ToMain, ToWorker, WorkerRequest } from './worker-protocol';

async function main(port: NonNullable<typeof parentPort>, request: WorkerRequest): Promise<void> {
  const send = (message: ToMain): void => {
    request.out.postMessage(message);
    port.postMessage((message.type === 'done' || message.type === 'failed' ? 'last' : 'one') satisfies Posted);
  };
  let credit = request.ahead;
  let stopped = false;
  let wake: (() => void) | null = null;
  port.on('message', (message: ToWorker) => {
    if (message === 'more') credit++;
    else stopped = true;
    wake?.();
  });
  try {
    const opened = await readBatches(request.path, request.read, request.ctx, request.rows, (row) =>
      encodeRow(row, request.withInputs),
    );
    send({ type: 'opened', mapping: opened.mapping });
    for await (const batch of opened.batches()) {
      while (credit === 0 && !stopped) await new Promise<void>((resolve) => (wake = resolve));
      if (stopped) break;
      credit--;
      send({ type: 'batch', batch });
    }
    opened.close();
    send({ type: 'done' });
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
  request.out.close();
  port.close();
}

/**
 * Below the main thread: on a busy machine the cores go to the dispatch engine and the window
 * first (on Linux the 99th-percentile wait of the main thread's event loop during a large import
 * fell by half). Only on Linux is a priority per thread; elsewhere it would lower the whole app.
 */
function yieldCoresToMainThread(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not allowed here: the import runs at the usual priority.
  }
}

yieldCoresToMainThread();
if (parentPort) void main(parentPort, workerData as WorkerRequest);
