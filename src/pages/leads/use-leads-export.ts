import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { leadEmailKinds, leadOrigins, type LeadEmailKind, type LeadOrigin, type LeadsListInput } from '#contract';
import { getApi } from '../../api';
import { createExportStore } from '../../components/exports/export-store';
import { leadExportHeadings } from './export-headings';

const useLeadsExportStore = createExportStore();

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
      columns: leadExportHeadings(t),
      values: {
        yes: t('leads.export.yes'),
        no: t('leads.export.no'),
        emailKinds,
        origins,
        ranges: {
          high: t('scoreRanges.high'),
          medium: t('scoreRanges.medium'),
          low: t('scoreRanges.low'),
        },
      },
    };
  }, [t]);
  const run = useCallback(
    () => start(() => getApi().invoke('leads:export', { ...query, timeZone: timeZone(), ...labels })),
    [query, labels, start],
  );
  return { status, start: run, cancel, dismiss };
}
