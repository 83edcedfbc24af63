import { create } from 'zustand';
import type { AppErrorPayload, EventPayload, LogsExportInput, LogsListInput } from '../../../electron/contract';
import { getApi } from '../../api';
import { downloadGenerated } from './download';

export type ExportStatus =
  | { phase: 'idle' }
  | { phase: 'writing'; id: string; done: number; total: number }
  | { phase: 'downloading'; id: string; bytes: number; size: number }
  | { phase: 'saved'; fileName: string; rows: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: AppErrorPayload };

interface ExportState {
  status: ExportStatus;
  start: (query: Omit<LogsListInput, 'cursor' | 'limit'>, labels: LogsExportInput['labels']) => Promise<void>;
  cancel: () => void;
  dismiss: () => void;
}

/** The export this window follows: `starting` until `logs:export` answers with its id. */
let current: string | null = null;
/** Events that arrived before that answer (a tiny export can finish that quickly). */
let early: Array<() => void> = [];
let listening = false;

/**
 * One export at a time, outside any component: leaving the Logs page while a large export runs
 * neither loses its progress nor its download when it is ready.
 */
export const useExportStore = create<ExportState>()((set, get) => {
  const whenKnown = (id: string, run: () => void) => {
    if (current === 'starting') early.push(() => current === id && run());
    else if (current === id) run();
  };

  function ready(file: EventPayload<'exports:ready'>): void {
    whenKnown(file.id, () => {
      set({ status: { phase: 'downloading', id: file.id, bytes: 0, size: file.size } });
      void downloadGenerated(file, (bytes) => {
        const s = get().status;
        if (s.phase === 'downloading' && s.id === file.id) set({ status: { ...s, bytes } });
      }).then((error) => {
        if (current !== file.id) return;
        current = null;
        set({
          status: error ? { phase: 'failed', error } : { phase: 'saved', fileName: file.fileName, rows: file.rows },
        });
      });
    });
  }

  function failed(f: EventPayload<'exports:failed'>): void {
    whenKnown(f.id, () => {
      current = null;
      set({
        status:
          f.reason === 'cancelled'
            ? { phase: 'cancelled' }
            : { phase: 'failed', error: { code: 'internal', message: f.message ?? '' } },
      });
    });
  }

  function listen(): void {
    if (listening) return;
    listening = true;
    const api = getApi();
    api.on('exports:progress', (p) => {
      const s = get().status;
      if (p.id === current && s.phase === 'writing') set({ status: { ...s, done: p.done, total: p.total } });
    });
    api.on('exports:ready', ready);
    api.on('exports:failed', failed);
  }

  return {
    status: { phase: 'idle' },
    async start(query, labels) {
      if (current !== null) return;
      listen();
      current = 'starting';
      set({ status: { phase: 'writing', id: '', done: 0, total: 0 } });
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const result = await getApi().invoke('logs:export', { ...query, timeZone, labels });
      if (!result.ok) {
        current = null;
        early = [];
        set({ status: { phase: 'failed', error: result.error } });
        return;
      }
      current = result.value.id;
      const s = get().status;
      if (s.phase === 'writing')
        set({ status: { ...s, id: result.value.id, total: Math.max(s.total, result.value.total) } });
      const replay = early;
      early = [];
      replay.forEach((run) => run());
    },
    cancel() {
      if (current === null || current === 'starting') return;
      void getApi().invoke('exports:cancel', { id: current });
    },
    dismiss() {
      if (current === null) set({ status: { phase: 'idle' } });
    },
  };
});
