import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { AppErrorPayload, EventPayload, Result } from '#contract';
import { getApi } from '../../api';
import { downloadGenerated } from './download';

export type ExportStatus =
  | { phase: 'idle' }
  | { phase: 'writing'; id: string; done: number; total: number }
  | { phase: 'downloading'; id: string; bytes: number; size: number }
  | { phase: 'saved'; fileName: string; rows: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: AppErrorPayload };

/** Starts a file in the core (`logs:export`, `leads:export`, …): its id and a first row estimate. */
export type BeginExport = () => Promise<Result<{ id: string; total: number }>>;

interface ExportState {
  status: ExportStatus;
  start: (begin: BeginExport) => Promise<void>;
  /** Stops the export whether the core is still writing it or the page is fetching it. */
  cancel: () => void;
  dismiss: () => void;
}

export type ExportStore = UseBoundStore<StoreApi<ExportState>>;

/** Receives the `exports:*` events of the file a store follows. */
interface Follower {
  owns: (id: string) => boolean;
  progress: (p: EventPayload<'exports:progress'>) => void;
  ready: (file: EventPayload<'exports:ready'>) => void;
  failed: (f: EventPayload<'exports:failed'>) => void;
}

const followers = new Set<Follower>();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  const api = getApi();
  const each = (id: string, run: (f: Follower) => void) => followers.forEach((f) => f.owns(id) && run(f));
  api.on('exports:progress', (p) => each(p.id, (f) => f.progress(p)));
  api.on('exports:ready', (file) => each(file.id, (f) => f.ready(file)));
  api.on('exports:failed', (failure) => each(failure.id, (f) => f.failed(failure)));
}

/**
 * One export at a time per store, outside any component: leaving a page while a large export runs
 * loses neither its progress nor its download when it is ready.
 */
export function createExportStore(): ExportStore {
  return create<ExportState>()((set, get) => {
    /** The export this store follows: `starting` until the core answers with its id. */
    let current: string | null = null;
    /** Events that arrived before that answer (a tiny export can finish that quickly). */
    let early: Array<() => void> = [];
    /** Set by cancel: a file that becomes ready afterwards is thrown away, not downloaded. */
    let abort: AbortController | null = null;

    const whenKnown = (id: string, run: () => void) => {
      if (current === 'starting') early.push(() => current === id && run());
      else if (current === id) run();
    };
    const finish = (status: ExportStatus) => {
      current = null;
      abort = null;
      set({ status });
    };

    function ready(file: EventPayload<'exports:ready'>): void {
      whenKnown(file.id, () => {
        const signal = abort?.signal;
        if (!signal || signal.aborted) {
          void getApi().invoke('exports:discard', { id: file.id });
          finish({ phase: 'cancelled' });
          return;
        }
        set({ status: { phase: 'downloading', id: file.id, bytes: 0, size: file.size } });
        void downloadGenerated(file, signal, (bytes) => {
          const s = get().status;
          if (s.phase === 'downloading' && s.id === file.id) set({ status: { ...s, bytes } });
        }).then((outcome) => {
          if (current !== file.id) return;
          if (outcome === 'saved') finish({ phase: 'saved', fileName: file.fileName, rows: file.rows });
          else if (outcome === 'cancelled') finish({ phase: 'cancelled' });
          else finish({ phase: 'failed', error: outcome });
        });
      });
    }

    followers.add({
      owns: (id) => current === id || current === 'starting',
      progress: (p) => {
        const s = get().status;
        if (p.id === current && s.phase === 'writing') set({ status: { ...s, done: p.done, total: p.total } });
      },
      ready,
      failed: (f) =>
        whenKnown(f.id, () =>
          finish(
            f.reason === 'cancelled'
              ? { phase: 'cancelled' }
              : { phase: 'failed', error: { code: 'internal', message: f.message ?? '' } },
          ),
        ),
    });

    return {
      status: { phase: 'idle' },
      async start(begin) {
        if (current !== null) return;
        listen();
        current = 'starting';
        abort = new AbortController();
        set({ status: { phase: 'writing', id: '', done: 0, total: 0 } });
        const result = await begin();
        if (!result.ok) {
          early = [];
          finish({ phase: 'failed', error: result.error });
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
        if (current === null || current === 'starting' || !abort || abort.signal.aborted) return;
        abort.abort();
        // While the core writes, it stops and reports `exports:failed`; once the file is ready, the
        // download loop sees the signal. Either way the outcome is "cancelled" and nothing is saved.
        if (get().status.phase === 'writing') void getApi().invoke('exports:cancel', { id: current });
      },
      dismiss() {
        if (current === null) set({ status: { phase: 'idle' } });
      },
    };
  });
}
