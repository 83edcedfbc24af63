import { randomBytes } from 'node:crypto';
import type { RestoreKind } from '#contract';
import type { Core, CoreOptions } from '../../../electron/core';
import type { Clock } from '../../../electron/core/ports';
import { ManualClock, openTestCore } from '../support/core-harness';

/**
 * A core on one data folder that a restore can restart the way the hosts do: attempts running get
 * a bounded time, the core closes, and a new one opens on the same folder (applying what was staged).
 */
export class RestartableCore {
  core: Core;
  readonly restarts: RestoreKind[] = [];
  private restarting: Promise<void> | null = null;

  constructor(
    readonly dataDir: string,
    readonly o: { key?: Parameters<typeof openTestCore>[2]; clock?: Clock; extra?: Partial<CoreOptions> } = {},
  ) {
    this.o = { key: randomBytes(32), clock: new ManualClock(), ...o };
    this.core = this.open();
  }

  private open(): Core {
    return openTestCore(this.dataDir, this.o.clock, this.o.key, {
      ...this.o.extra,
      restart: (reason) => {
        this.restarts.push(reason);
        this.restarting = this.restart();
      },
    });
  }

  private async restart(): Promise<void> {
    await this.core.forTests.engine.drain(1000);
    this.core.close();
    this.core = this.open();
  }

  /** Resolves once a restart the core asked for has completed. */
  async restarted(): Promise<Core> {
    for (let i = 0; i < 50 && this.restarting === null; i++) await new Promise((r) => setImmediate(r));
    if (this.restarting === null) throw new Error('The core did not ask to restart.');
    await this.restarting;
    this.restarting = null;
    return this.core;
  }

  close(): void {
    this.core.close();
  }
}
