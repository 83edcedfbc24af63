import type { DispatchChange } from '#contract';
import type { EventBus } from '../events';
import { toChange, type DispatchRow } from './rows';

/**
 * Gathers dispatch changes and emits them as one `dispatch:changed` per turn of the event loop:
 * at thousands of transitions a second, one event each would swamp the renderer's IPC.
 */
export class ChangeFeed {
  private buffer: DispatchChange[] = [];
  private scheduled: NodeJS.Immediate | null = null;

  /** `observe` sees every changed row as it is pushed (the backlog counts outcomes from it). */
  constructor(
    private readonly events: EventBus,
    private readonly observe?: (rows: readonly DispatchRow[]) => void,
  ) {}

  push(rows: DispatchRow | readonly DispatchRow[] | null | undefined): void {
    if (!rows) return;
    const list = Array.isArray(rows) ? (rows as readonly DispatchRow[]) : [rows as DispatchRow];
    if (list.length === 0) return;
    this.observe?.(list);
    for (const row of list) this.buffer.push(toChange(row));
    this.scheduled ??= setImmediate(() => this.flush());
  }

  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    if (this.buffer.length === 0) return;
    const changes = this.buffer;
    this.buffer = [];
    this.events.emit('dispatch:changed', { changes });
  }
}
