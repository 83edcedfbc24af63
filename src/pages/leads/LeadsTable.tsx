import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadRow } from '#contract';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { useDateTimeFormats } from '../../i18n/format';
import { ChecksMark, EmailKindBadge, QualifiedMark, RangeBadge, ScoreBadge } from './badges';

/** Fixed: every row shows two lines at most, so the virtualiser never has to measure. */
export const ROW_HEIGHT = 56;
/** Columns that hold badges and short values; name, e-mail and company share what is left. */
const FIXED = { received: 96, phone: 144, score: 160, checks: 96, origin: 72 } as const;
const FIXED_TOTAL = Object.values(FIXED).reduce((a, b) => a + b, 0);
const flex = (share: number): string => `calc((100% - ${FIXED_TOTAL}px) * ${share})`;

interface LeadsTableProps {
  rows: LeadRow[];
  loading: boolean;
  /** Shown instead of the table when no lead matches. */
  empty: ReactNode;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onOpen: (row: LeadRow) => void;
  selectedId: string | null;
  colorOf: (range: string | null, score: number | null) => string;
}

function Line({ text, dimmed = false }: { text: string | null; dimmed?: boolean }) {
  return (
    <Text
      size={dimmed ? 'xs' : 'sm'}
      c={dimmed || text === null ? 'dimmed' : undefined}
      truncate="end"
      title={text ?? undefined}
    >
      {text === null || text === '' ? '—' : text}
    </Text>
  );
}

export function LeadsTable({ colorOf, ...props }: LeadsTableProps) {
  const { t } = useTranslation();
  // Narrow: no seconds, the year only when it is not this one (the drawer has the exact time).
  const { shortDate: date, shortTime: time } = useDateTimeFormats();
  const columns: VirtualColumn<LeadRow>[] = [
    {
      key: 'received',
      header: t('leadFields.receivedAt'),
      width: FIXED.received,
      cell: (row) => (
        <Stack gap={0}>
          <Line text={time(row.receivedAt)} />
          <Line text={date(row.receivedAt)} dimmed />
        </Stack>
      ),
    },
    { key: 'name', header: t('leadFields.fullName'), width: flex(0.3), cell: (row) => <Line text={row.fullName} /> },
    {
      key: 'email',
      header: t('leadFields.email'),
      width: flex(0.42),
      cell: (row) => (
        <Stack gap={2} miw={0} align="flex-start">
          <Text size="sm" truncate="end" maw="100%" title={row.email} c={row.email ? undefined : 'dimmed'}>
            {row.email || '—'}
          </Text>
          <EmailKindBadge kind={row.emailKind} />
        </Stack>
      ),
    },
    { key: 'phone', header: t('leadFields.phone'), width: FIXED.phone, cell: (row) => <Line text={row.phone} /> },
    {
      key: 'company',
      header: t('leadFields.company'),
      width: flex(0.28),
      cell: (row) => <Line text={row.company} />,
    },
    {
      key: 'score',
      header: t('leadFields.score'),
      width: FIXED.score,
      cell: (row) => {
        const color = colorOf(row.scoreRange, row.score);
        return (
          <Group gap={6} wrap="nowrap">
            <ScoreBadge score={row.score} color={color} size="md" />
            <RangeBadge range={row.scoreRange} color={color} />
            <QualifiedMark qualified={row.qualified} scored={row.score !== null} compact />
          </Group>
        );
      },
    },
    {
      key: 'checks',
      header: t('leads.columns.issues'),
      width: FIXED.checks,
      cell: (row) => <ChecksMark count={row.issueCount} />,
    },
    {
      key: 'origin',
      header: t('leadFields.origin'),
      width: FIXED.origin,
      cell: (row) => (
        <Text size="sm" c="dimmed">
          {t(`leads.origins.${row.origin}`)}
        </Text>
      ),
    },
  ];

  return (
    <VirtualTable
      {...props}
      columns={columns}
      rowHeight={ROW_HEIGHT}
      label={t('leads.tableLabel')}
      minWidth={900}
      loadingMoreLabel={t('leads.loadingMore')}
      // A live refresh adds new leads above: the ones being read stay in place.
      keepPlaceOnRefresh
      scrollerTestId="leads-scroller"
      rowData={() => ({ 'data-testid': 'lead-row' })}
    />
  );
}
