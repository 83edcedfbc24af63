import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { importReportColumns } from '#contract';
import { getApi } from '../../../api';
import { createExportStore, type ExportStore } from '../../../components/exports/export-store';
import { resources, type UiLanguage } from '../../../i18n';

const asUiLanguage = (language: string): UiLanguage => (language === 'pt-BR' ? 'pt-BR' : 'en');

/**
 * One download per import: the summary of the next import must not show "saved" for the previous
 * one's report, and a report still downloading keeps going when another summary is opened.
 */
const stores = new Map<string, ExportStore>();

function storeFor(importId: string): ExportStore {
  let store = stores.get(importId);
  if (!store) {
    store = createExportStore();
    stores.set(importId, store);
  }
  return store;
}

/**
 * An import's per-row report as a CSV file, in the user's language: each problem's text is sent as
 * a template the core fills with the row's own values (a suggested address, a count).
 */
export function useImportReportExport(importId: string) {
  const { t, i18n } = useTranslation();
  const { status, start, cancel, dismiss } = storeFor(importId)();
  const run = useCallback(() => {
    const columns = importReportColumns.map((c) => t(`leads.export.reportColumns.${c}`));
    const messages: Record<string, string> = { ...resources[asUiLanguage(i18n.language)].translation.leads.issueCodes };
    const severities = { error: t('leads.import.issues.error'), warning: t('leads.import.issues.warning') };
    const outcomes = {
      refused: t('leads.import.issues.outcomes.refused'),
      imported: t('leads.import.issues.outcomes.imported'),
      skipped: t('leads.import.issues.outcomes.skipped'),
    };
    return start(() =>
      getApi().invoke('leads:importReport', { id: importId, columns, messages, severities, outcomes }),
    );
  }, [importId, t, i18n, start]);
  return { status, start: run, cancel, dismiss };
}
