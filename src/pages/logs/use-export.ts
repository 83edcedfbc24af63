import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dispatchStates,
  logExportColumns,
  type AppErrorPayload,
  type DispatchState,
  type EventPayload,
  type LogsExportInput,
  type LogsListInput,
} from '../../../electron/contract';
import { getApi } from '../../api';
import { downloadGenerated } from './download';

type ReadyFile = EventPayload<'exports:ready'>;
type FailedExport = EventPayload<'exports:failed'>;

export type ExportStatus =
  | { phase: 'idle' }
  | { phase: 'writing'; id: string; done: number; total: number }
  | { phase: 'downloading'; id: string; bytes: number; size: number }
  | { phase: 'saved'; fileName: string; rows: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: AppErrorPayload };

/** Titles and state names in the user's language, for the file's header and state column. */
function useLabels(): NonNullable<LogsExportInput['labels']> {
  const { t } = useTranslation();
  const states = {} as Record<DispatchState, string>;
  for (const s of dispatchStates) states[s] = t(`logs.states.${s}`);
  return {
    columns: logExportColumns.map((c) => t(`logs.export.columns.${c}`)),
    states,
    attemptOf: t('logs.export.attemptOf'),
  };
}

/** One export at a time from this page: start, follow the core's events, download, or cancel. */
export function useLogsExport(query: Omit<LogsListInput, 'cursor' | 'limit'> | null) {
  const labels = useLabels();
  const [status, setStatus] = useState<ExportStatus>({ phase: 'idle' });
  const current = useRef<string | null>(null);
  /** Events that arrived before `logs:export` answered with their id (a tiny export can be that quick). */
  const early = useRef<Array<() => void>>([]);

  useEffect(() => {
    const api = getApi();
    const whenKnown = (id: string, run: () => void) => {
      if (current.current === 'starting') early.current.push(() => current.current === id && run());
      else if (current.current === id) run();
    };
    const ready = (file: ReadyFile) => {
      whenKnown(file.id, () => {
        setStatus({ phase: 'downloading', id: file.id, bytes: 0, size: file.size });
        void downloadGenerated(file, (bytes) =>
          setStatus((s) => (s.phase === 'downloading' && s.id === file.id ? { ...s, bytes } : s)),
        ).then((error) => {
          if (current.current !== file.id) return;
          current.current = null;
          setStatus(error ? { phase: 'failed', error } : { phase: 'saved', fileName: file.fileName, rows: file.rows });
        });
      });
    };
    const failed = (f: FailedExport) => {
      whenKnown(f.id, () => {
        current.current = null;
        setStatus(
          f.reason === 'cancelled'
            ? { phase: 'cancelled' }
            : { phase: 'failed', error: { code: 'internal', message: f.message ?? '' } },
        );
      });
    };
    const offs = [
      api.on('exports:progress', (p) => {
        if (p.id !== current.current) return;
        setStatus((s) => (s.phase === 'writing' ? { ...s, done: p.done, total: p.total } : s));
      }),
      api.on('exports:ready', ready),
      api.on('exports:failed', failed),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  const start = useCallback(async () => {
    if (query === null || current.current !== null) return;
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // Marked before the call answers: the first progress event may arrive before the answer.
    current.current = 'starting';
    setStatus({ phase: 'writing', id: '', done: 0, total: 0 });
    const result = await getApi().invoke('logs:export', { ...query, timeZone, labels });
    if (!result.ok) {
      current.current = null;
      setStatus({ phase: 'failed', error: result.error });
      return;
    }
    current.current = result.value.id;
    setStatus((s) =>
      s.phase === 'writing' ? { ...s, id: result.value.id, total: Math.max(s.total, result.value.total) } : s,
    );
    const replay = early.current;
    early.current = [];
    replay.forEach((run) => run());
  }, [query, labels]);

  const cancel = useCallback(() => {
    const id = current.current;
    if (id === null || id === 'starting') return;
    void getApi().invoke('exports:cancel', { id });
  }, []);

  const dismiss = useCallback(() => setStatus({ phase: 'idle' }), []);

  return { status, start, cancel, dismiss };
}
