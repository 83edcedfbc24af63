import type { Core } from '../../../electron/core';
import type { EventName, EventPayload, OutputOf } from '#contract';
import { call } from '../support/core-harness';

type Finished =
  | { kind: 'ready'; payload: EventPayload<'exports:ready'> }
  | { kind: 'failed'; payload: EventPayload<'exports:failed'> };

export interface ExportWatch {
  progress: Array<EventPayload<'exports:progress'>>;
  /** Settles on the export's ready or failed event. */
  finished(id: string): Promise<Finished>;
  stop(): void;
}

/** Records every `exports:*` event from now on; subscribe before starting the export. */
export function watchExports(core: Core): ExportWatch {
  const progress: Array<EventPayload<'exports:progress'>> = [];
  const done = new Map<string, Finished>();
  const waiting = new Map<string, (f: Finished) => void>();
  const settle = (id: string, f: Finished) => {
    done.set(id, f);
    waiting.get(id)?.(f);
  };
  const stop = core.events.subscribe(<E extends EventName>(event: E, payload: EventPayload<E>) => {
    if (event === 'exports:progress') progress.push(payload as EventPayload<'exports:progress'>);
    if (event === 'exports:ready') {
      const p = payload as EventPayload<'exports:ready'>;
      settle(p.id, { kind: 'ready', payload: p });
    }
    if (event === 'exports:failed') {
      const p = payload as EventPayload<'exports:failed'>;
      settle(p.id, { kind: 'failed', payload: p });
    }
  });
  return {
    progress,
    finished: (id) => {
      const known = done.get(id);
      return known ? Promise.resolve(known) : new Promise((resolve) => waiting.set(id, resolve));
    },
    stop,
  };
}

/** Every byte of a ready export, read back chunk by chunk as the renderer does. */
export async function readExport(core: Core, id: string): Promise<{ bytes: Buffer; chunks: number }> {
  const parts: Buffer[] = [];
  let offset = 0;
  for (let chunks = 1; chunks < 100_000; chunks++) {
    const chunk = await call<OutputOf<'exports:read'>>(core, 'exports:read', { id, offset });
    const bytes = Buffer.from(chunk.data, 'base64');
    parts.push(bytes);
    offset += bytes.length;
    if (chunk.eof) return { bytes: Buffer.concat(parts), chunks };
  }
  throw new Error('export did not end');
}

/** A strict reader for what the exporter writes: `;`-separated, `"` quoting, CRLF lines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) throw new Error('the file does not end with CRLF');
  return rows;
}
