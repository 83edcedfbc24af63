import { create } from 'zustand';
import type { AppErrorPayload, BulkAction, BulkSummary, EventPayload, LogsBulkPreview, LogsListInput } from '#contract';
import { getApi } from '../../../api';

/** The Logs filters as `logs:list` takes them (without paging): what a selection is made of. */
export type BulkQuery = Omit<LogsListInput, 'cursor' | 'limit'>;

export type BulkJob =
  | { phase: 'starting'; action: BulkAction; total: number }
  | { phase: 'running'; id: string; action: BulkAction; done: number; total: number }
  | { phase: 'finished'; id: string; summary: BulkSummary }
  | { phase: 'failed'; action: BulkAction; error: AppErrorPayload };

export interface BulkSelection {
  /** The filters it was made from; another set of filters is another selection. */
  key: string;
  query: BulkQuery;
  preview: LogsBulkPreview | null;
  error: AppErrorPayload | null;
}

interface BulkState {
  selection: BulkSelection | null;
  job: BulkJob | null;
  /** Selects every dispatch the filters match (not only the rows loaded) and counts them. */
  selectAll: (query: BulkQuery) => Promise<void>;
  /** Counts the selection again (the confirmation shows the current counts). */
  refresh: () => Promise<LogsBulkPreview | null>;
  clear: () => void;
  /** Drops the selection when the filters are no longer the ones it was made from. */
  follow: (query: BulkQuery) => void;
  run: (action: BulkAction, asOf: number) => Promise<void>;
  dismiss: () => void;
}

export const queryKey = (query: BulkQuery): string => JSON.stringify(query);

type Progress = EventPayload<'dispatch:bulkProgress'>;

/**
 * The Logs selection and the bulk action running on it, outside any component: leaving the page
 * while thousands of dispatches are resent loses neither the progress nor the summary.
 */
export const useLogsBulk = create<BulkState>()((set, get) => {
  /** Events that arrive before `logs:bulkAction` answers with the job's id (a small job ends that fast). */
  let early: Progress[] = [];
  let listening = false;

  function onProgress(p: Progress): void {
    const job = get().job;
    if (job?.phase === 'starting') {
      early.push(p);
      return;
    }
    if (job?.phase !== 'running' || job.id !== p.jobId) return;
    if (p.finished && p.summary) set({ job: { phase: 'finished', id: p.jobId, summary: p.summary } });
    else set({ job: { ...job, done: p.done, total: p.total } });
  }

  function listen(): void {
    if (listening) return;
    listening = true;
    getApi().on('dispatch:bulkProgress', onProgress);
  }

  async function count(query: BulkQuery): Promise<LogsBulkPreview | null> {
    const key = queryKey(query);
    const result = await getApi().invoke('logs:bulkPreview', query);
    const current = get().selection;
    if (current?.key !== key) return null;
    if (result.ok) {
      set({ selection: { ...current, preview: result.value, error: null } });
      return result.value;
    }
    set({ selection: { ...current, error: result.error } });
    return null;
  }

  return {
    selection: null,
    job: null,
    async selectAll(query) {
      listen();
      const key = queryKey(query);
      if (get().selection?.key !== key) set({ selection: { key, query, preview: null, error: null } });
      await count(query);
    },
    async refresh() {
      const selection = get().selection;
      return selection ? count(selection.query) : null;
    },
    clear: () => set({ selection: null }),
    follow(query) {
      const selection = get().selection;
      if (selection && selection.key !== queryKey(query)) set({ selection: null });
    },
    async run(action, asOf) {
      const selection = get().selection;
      const job = get().job;
      if (!selection || job?.phase === 'starting' || job?.phase === 'running') return;
      listen();
      early = [];
      set({ job: { phase: 'starting', action, total: 0 }, selection: null });
      const result = await getApi().invoke('logs:bulkAction', { ...selection.query, action, asOf });
      if (!result.ok) {
        early = [];
        set({ job: { phase: 'failed', action, error: result.error }, selection });
        return;
      }
      const { jobId, total } = result.value;
      set({ job: { phase: 'running', id: jobId, action, done: 0, total } });
      const replay = early.filter((p) => p.jobId === jobId);
      early = [];
      replay.forEach(onProgress);
    },
    dismiss() {
      const job = get().job;
      if (job?.phase === 'finished' || job?.phase === 'failed') set({ job: null });
    },
  };
});
