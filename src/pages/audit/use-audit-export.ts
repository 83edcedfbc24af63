import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { auditExportColumns } from '#contract';
import { getApi } from '../../api';
import { createExportStore } from '../../components/exports/export-store';
import type { AuditQuery } from './use-audit-rows';
import { useAuditWords } from './vocabulary';

const useAuditExportStore = createExportStore();

/** The history's CSV: written by the core with the page's words, downloaded like the other exports. */
export function useAuditExport(query: AuditQuery | null) {
  const { t } = useTranslation();
  const { vocabulary, kindNames } = useAuditWords();
  const { status, start, cancel, dismiss } = useAuditExportStore();
  const run = useCallback(async () => {
    if (query === null) return;
    const labels = {
      columns: auditExportColumns.map((c) => t(`audit.export.columns.${c}`)),
      kinds: kindNames,
      vocabulary,
    };
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    await start(() => getApi().invoke('audit:export', { ...query, timeZone, labels }));
  }, [query, t, kindNames, vocabulary, start]);
  return { status, start: run, cancel, dismiss };
}
