import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientReport } from '#contract';
import { useReasonLabel } from '../leads/detail/ScoreReasons';
import { useRangeLabel } from '../../i18n/range-label';
import { useReportFormat } from './format';
import { Section } from './Section';
import { ShareTable, type ShareRow } from './ShareTable';

/** How the period's leads arrived (form, import, API) and their own sources. */
export function ReceivedSections({ report: r }: { report: ClientReport }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  const origins: ShareRow[] = r.received.byOrigin.map((o) => ({
    key: o.origin,
    label: t(`report.origin.${o.origin}`),
    count: o.total,
    qualified: o.qualified,
  }));
  const others = r.received.otherSources;
  const sources: ShareRow[] = [
    ...r.received.bySource.map((s) => ({
      key: s.source ?? '',
      label: s.source ?? (
        <Text span c="dimmed" size="sm">
          {t('report.source.none')}
        </Text>
      ),
      count: s.total,
      qualified: s.qualified,
    })),
    ...(others.sources > 0
      ? [
          {
            key: '*others',
            label: t('report.source.others', { count: others.sources, formatted: f.count(others.sources) }),
            count: others.total,
            qualified: others.qualified,
            color: 'var(--mantine-color-gray-5)',
          },
        ]
      : []),
  ];
  return (
    <>
      <Section id="origin" title={t('report.origin.title')}>
        <ShareTable
          testId="origin-table"
          label={t('report.origin.title')}
          nameColumn={t('report.columns.origin')}
          rows={origins}
          total={r.received.total}
          withQualified
        />
      </Section>
      <Section id="source" title={t('report.source.title')} hint={t('report.source.hint')}>
        <ShareTable
          testId="source-table"
          label={t('report.source.title')}
          nameColumn={t('report.columns.source')}
          rows={sources}
          total={r.received.total}
          withQualified
        />
      </Section>
    </>
  );
}

/** Why leads were not qualified, and what took points from them. */
export function NotQualifiedSection({ report: r }: { report: ClientReport }) {
  const { t } = useTranslation();
  const reasonLabel = useReasonLabel();
  const nq = r.notQualified;
  const rows: ShareRow[] = [
    ...nq.blockers.map((b) => ({
      key: b.reason,
      label: t(`report.notQualified.blockers.${b.reason}`),
      count: b.count,
      color: 'var(--mantine-color-red-6)',
    })),
    {
      key: 'belowThreshold',
      label:
        nq.qualifyAt === null
          ? t('report.notQualified.belowThreshold')
          : t('report.notQualified.belowThresholdOf', { n: nq.qualifyAt }),
      count: nq.belowThreshold,
      color: 'var(--mantine-color-orange-6)',
    },
    ...(nq.notScored > 0
      ? [
          {
            key: 'notScored',
            label: t('report.notQualified.notScored'),
            count: nq.notScored,
            color: 'var(--mantine-color-gray-5)',
          },
        ]
      : []),
  ];
  const blockedTwice = nq.blockers.reduce((n, b) => n + b.count, 0) > nq.blocked;
  const detractors: ShareRow[] = nq.detractors.map((d) => ({
    key: d.rule,
    label: reasonLabel({ rule: d.rule, kind: d.kind, points: 0, ...(d.label === null ? {} : { label: d.label }) }),
    count: d.count,
    color: 'var(--mantine-color-orange-4)',
  }));
  return (
    <Section id="not-qualified" title={t('report.notQualified.title')}>
      {nq.total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('report.notQualified.none')}
        </Text>
      ) : (
        <>
          <ShareTable
            testId="reasons-table"
            label={t('report.notQualified.title')}
            nameColumn={t('report.columns.reason')}
            rows={rows}
            total={nq.total}
          />
          {blockedTwice && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('report.notQualified.twice')}
            </Text>
          )}
          {detractors.length > 0 && (
            <>
              <Text fw={600} size="sm" mt="md">
                {t('report.notQualified.detractors')}
              </Text>
              <Text size="xs" c="dimmed" mb={4}>
                {t('report.notQualified.detractorsHint')}
              </Text>
              <ShareTable
                testId="detractors-table"
                label={t('report.notQualified.detractors')}
                nameColumn={t('report.columns.rule')}
                rows={detractors}
                total={nq.total}
              />
            </>
          )}
        </>
      )}
    </Section>
  );
}

/** Best range first: teal for the top, warmer below, as the Leads page colours them. */
const QUALIFIED_PALETTE = ['teal', 'lime', 'yellow', 'orange'] as const;

/** The qualified leads by the score range they fell in, best first, in the ranges' colours. */
export function QualifiedSection({ report: r }: { report: ClientReport }) {
  const { t } = useTranslation();
  const { nameOf } = useRangeLabel();
  const rows: ShareRow[] = r.qualified.byRange.map((g, i) => ({
    key: g.range ?? '',
    label:
      g.range === null
        ? t('report.qualified.noRange')
        : g.min !== null && g.max !== null
          ? `${nameOf(g.range)} · ${t('report.qualified.bounds', { min: g.min, max: g.max })}`
          : nameOf(g.range),
    count: g.count,
    color: `var(--mantine-color-${QUALIFIED_PALETTE[Math.min(i, QUALIFIED_PALETTE.length - 1)]}-6)`,
  }));
  return (
    <Section id="qualified" title={t('report.qualified.title')}>
      {r.qualified.total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('report.qualified.none')}
        </Text>
      ) : (
        <ShareTable
          testId="ranges-table"
          label={t('report.qualified.title')}
          nameColumn={t('report.columns.range')}
          rows={rows}
          total={r.qualified.total}
        />
      )}
    </Section>
  );
}
