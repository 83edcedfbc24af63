import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  importReportColumns,
  leadEmailKinds,
  leadExportColumns,
  leadOrigins,
  type LeadEmailKind,
  type LeadOrigin,
  type LeadsListInput,
} from '../../../electron/contract';
import { getApi } from '../../api';
import { createExportStore } from '../../components/exports/export-store';
import { resources, type UiLanguage } from '../../i18n';

const asUiLanguage = (language: string): UiLanguage => (language === 'pt-BR' ? 'pt-BR' : 'en');

const useLeadsExportStore = createExportStore();
const useReportExportStore = createExportStore();

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The Leads page's export of its current filters, with headings and coded values in the user's language. */
export function useLeadsExport(query: Omit<LeadsListInput, 'cursor' | 'limit'>) {
  const { t } = useTranslation();
  const { status, start, cancel, dismiss } = useLeadsExportStore();
  const labels = useMemo(() => {
    const emailKinds = {} as Record<LeadEmailKind, string>;
    for (const kind of leadEmailKinds) emailKinds[kind] = t(`leads.emailKinds.${kind}`);
    const origins = {} as Record<LeadOrigin, string>;
    for (const origin of leadOrigins) origins[origin] = t(`leads.origins.${origin}`);
    return {
      columns: leadExportColumns.map((c) => t(`leads.export.columns.${c}`)),
      values: {
        yes: t('leads.export.yes'),
        no: t('leads.export.no'),
        emailKinds,
        origins,
        ranges: { high: t('acWizard.ranges.high'), medium: t('acWizard.ranges.medium'), low: t('acWizard.ranges.low') },
      },
    };
  }, [t]);
  const run = useCallback(
    () => start(() => getApi().invoke('leads:export', { ...query, timeZone: timeZone(), ...labels })),
    [query, labels, start],
  );
  return { status, start: run, cancel, dismiss };
}

/**
 * An import's per-row report as a CSV file, in the user's language: each problem's text is sent as
 * a template the core fills with the row's own values (a suggested address, a count).
 */
export function useImportReportExport(importId: string) {
  const { t, i18n } = useTranslation();
  const { status, start, cancel, dismiss } = useReportExportStore();
  const run = useCallback(() => {
    const columns = importReportColumns.map((c) => t(`leads.export.reportColumns.${c}`));
    const messages: Record<string, string> = { ...resources[asUiLanguage(i18n.language)].translation.leads.issueCodes };
    const severities = { error: t('leads.import.issues.error'), warning: t('leads.import.issues.warning') };
    return start(() => getApi().invoke('leads:importReport', { id: importId, columns, messages, severities }));
  }, [importId, t, i18n, start]);
  return { status, start: run, cancel, dismiss };
}
