import type { Log } from '../core/ports';

type ProcessLike = Pick<NodeJS.Process, 'on'>;

function describe(err: unknown): Record<string, unknown> {
  if (err instanceof Error) return { name: err.name, error: err.message, stack: err.stack ?? null };
  return { error: String(err) };
}

/**
 * A stray exception or rejection in the main process is logged with its context and the app
 * keeps running: dispatches are recorded in transactions, so a failed callback leaves nothing half
 * written. Before the app has started there is nothing to keep running, so `onFatal` is called.
 */
export function installCrashHandlers(
  proc: ProcessLike,
  o: { log: Log; started(): boolean; onFatal(err: unknown): void },
): void {
  proc.on('uncaughtException', (err, origin) => {
    o.log.error('main: uncaught exception', { origin, started: o.started(), ...describe(err) });
    if (!o.started()) o.onFatal(err);
  });
  proc.on('unhandledRejection', (reason) => {
    o.log.error('main: unhandled rejection', { started: o.started(), ...describe(reason) });
  });
}
