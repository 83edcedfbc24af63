import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DISQUALIFIERS, FLAG_RULE_KINDS, leadOrigins, type ReportInput } from '#contract';
import { getApi } from '../../api';
import { createExportStore } from '../../components/exports/export-store';

const useReportExportStore = createExportStore();

/** Every word of the CSV in the user's language, keyed as the core expects them. */
function useCsvLabels(): Record<string, string> {
  const { t } = useTranslation();
  return useMemo(() => {
    const labels: Record<string, string> = {
      title: t('report.csv.title'),
      client: t('report.csv.client'),
      period: t('report.csv.period'),
      timeZone: t('report.csv.timeZone'),
      generated: t('report.csv.generated'),
      total: t('report.csv.total'),
      leads: t('report.columns.leads'),
      qualified: t('report.columns.qualified'),
      notQualified: t('report.kpi.notQualified'),
      noSource: t('report.source.none'),
      otherSources: t('report.csv.otherSources'),
      day: t('report.csv.sections.daily'),
      reason: t('report.columns.reason'),
      rule: t('report.columns.rule'),
      range: t('report.columns.range'),
      noRange: t('report.qualified.noRange'),
      'reason.belowThreshold': t('report.notQualified.belowThreshold'),
      // The core fills `{n}` with the threshold.
      'reason.belowThresholdOf': t('report.notQualified.belowThresholdOf', { n: '{n}' }),
      'reason.notScored': t('report.notQualified.notScored'),
      integration: t('report.columns.integration'),
      deleted: t('report.csv.deleted'),
      sent: t('report.columns.sent'),
      error: t('report.columns.error'),
      waiting: t('report.columns.waiting'),
      skipped: t('report.columns.skipped'),
      cancelled: t('report.columns.cancelled'),
      medianSeconds: t('report.csv.medianSeconds'),
      p90Seconds: t('report.csv.p90Seconds'),
      time: t('report.columns.when'),
      lead: t('report.columns.lead'),
      email: t('report.csv.email'),
      status: t('report.csv.status'),
      message: t('report.columns.message'),
      'range.high': t('scoreRanges.high'),
      'range.medium': t('scoreRanges.medium'),
      'range.low': t('scoreRanges.low'),
    };
    for (const [key, section] of Object.entries({
      origin: 'origin',
      source: 'source',
      daily: 'daily',
      notQualified: 'notQualified',
      detractors: 'detractors',
      ranges: 'ranges',
      delivery: 'delivery',
      errors: 'errors',
    } as const)) {
      labels[`section.${key}`] = t(`report.csv.sections.${section}`);
    }
    for (const origin of leadOrigins) labels[`origin.${origin}`] = t(`report.origin.${origin}`);
    for (const reason of DISQUALIFIERS) labels[`blocker.${reason}`] = t(`report.notQualified.blockers.${reason}`);
    for (const kind of FLAG_RULE_KINDS) labels[`kind.${kind}`] = t(`leads.ruleKinds.${kind}`);
    return labels;
  }, [t]);
}

/** The report's CSV: written by the core in the user's words, downloaded like the other exports. */
export function useReportExport(input: ReportInput | null) {
  const labels = useCsvLabels();
  const { status, start, cancel, dismiss } = useReportExportStore();
  const run = useCallback(async () => {
    if (input === null) return;
    await start(() => getApi().invoke('report:export', { ...input, labels }));
  }, [input, labels, start]);
  return { status, start: run, cancel, dismiss };
}
