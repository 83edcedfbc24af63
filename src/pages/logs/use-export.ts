import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dispatchStates,
  logExportColumns,
  type DispatchState,
  type LogsExportInput,
  type LogsListInput,
} from '#contract';
import { getApi } from '../../api';
import { createExportStore } from '../../components/exports/export-store';

/** Titles and state names in the user's language, for the file's header and state column. */
function useLabels(): NonNullable<LogsExportInput['labels']> {
  const { t } = useTranslation();
  const states = {} as Record<DispatchState, string>;
  for (const s of dispatchStates) states[s] = t(`logs.states.${s}`);
  return {
    // The lead's e-mail is named as everywhere else; the other columns are the dispatch's.
    columns: logExportColumns.map((c) => (c === 'email' ? t('leadFields.email') : t(`logs.export.columns.${c}`))),
    states,
    attemptOf: t('logs.export.attemptOf'),
  };
}

const useLogsExportStore = createExportStore();

/** The Logs page's export: of the current filters, in the user's language. */
export function useLogsExport(query: Omit<LogsListInput, 'cursor' | 'limit'> | null) {
  const labels = useLabels();
  const { status, start, cancel, dismiss } = useLogsExportStore();
  const run = useCallback(async () => {
    if (query === null) return;
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    await start(() => getApi().invoke('logs:export', { ...query, timeZone, labels }));
  }, [query, labels, start]);
  return { status, start: run, cancel, dismiss };
}
