import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dispatchStates,
  logExportColumns,
  type DispatchState,
  type LogsExportInput,
  type LogsListInput,
} from '../../../electron/contract';
import { useExportStore } from './export-store';

export type { ExportStatus } from './export-store';

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

/** The Logs page's export: of the current filters, in the user's language, followed by the export store. */
export function useLogsExport(query: Omit<LogsListInput, 'cursor' | 'limit'> | null) {
  const labels = useLabels();
  const { status, start, cancel, dismiss } = useExportStore();
  const run = useCallback(async () => {
    if (query !== null) await start(query, labels);
  }, [query, labels, start]);
  return { status, start: run, cancel, dismiss };
}
