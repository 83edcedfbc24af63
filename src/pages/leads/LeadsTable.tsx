import { Group, Stack, Table, Text } from '@mantine/core';
import { useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingMore } from '../../components/LoadingMore';
import { useDateTimeFormats } from '../../i18n/format';
import { useInfiniteRows } from '../../components/use-infinite-rows';
import type { LeadRow } from '#contract';
import { ChecksMark, EmailKindBadge, QualifiedMark, RangeBadge, ScoreBadge } from './badges';
import { OpenableRow } from '../../components/OpenableRow';
import layout from '../../components/page-layout.module.css';

/** Fixed: every row shows two lines at most, so the virtualiser never has to measure. */
export const ROW_HEIGHT = 56;
/** Columns that hold badges and short values; name, e-mail and company share what is left. */
const FIXED = { received: 96, phone: 144, score: 160, checks: 96, origin: 72 } as const;
const FIXED_TOTAL = Object.values(FIXED).reduce((a, b) => a + b, 0);
const flex = (share: number): string => `calc((100% - ${FIXED_TOTAL}px) * ${share})`;

interface LeadsTableProps {
  rows: LeadRow[];
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

export function LeadsTable({ rows, hasMore, loadingMore, onLoadMore, onOpen, selectedId, colorOf }: LeadsTableProps) {
  const { t } = useTranslation();
  // Narrow: no seconds, the year only when it is not this one (the drawer has the exact time).
  const { shortDate: date, shortTime: time } = useDateTimeFormats();
  const scroller = useRef<HTMLDivElement>(null);
  // The first row in view: when a live refresh adds leads above it, it is kept in place (at the
  // very top, new leads simply show up).
  const anchor = useRef<{ id: string; index: number } | null>(null);
  const remember = useCallback(() => {
    const first = Math.floor((scroller.current?.scrollTop ?? 0) / ROW_HEIGHT);
    const row = rows[first];
    anchor.current = row ? { id: row.id, index: first } : null;
  }, [rows]);
  useLayoutEffect(() => {
    const el = scroller.current;
    const saved = anchor.current;
    if (el && saved && el.scrollTop > 0) {
      const index = rows.findIndex((r) => r.id === saved.id);
      if (index >= 0 && index !== saved.index) el.scrollTop += (index - saved.index) * ROW_HEIGHT;
    }
    remember();
  }, [rows, remember]);
  const { items, paddingTop, paddingBottom } = useInfiniteRows({
    rows,
    scroller,
    rowHeight: ROW_HEIGHT,
    hasMore,
    loadingMore,
    onLoadMore,
  });

  return (
    <div ref={scroller} onScroll={remember} className={layout.scroller} data-testid="leads-scroller">
      <Table
        stickyHeader
        highlightOnHover
        layout="fixed"
        miw={900}
        aria-label={t('leads.tableLabel')}
        aria-rowcount={rows.length}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={FIXED.received}>{t('leads.columns.received')}</Table.Th>
            <Table.Th w={flex(0.3)}>{t('leads.columns.name')}</Table.Th>
            <Table.Th w={flex(0.42)}>{t('leads.columns.email')}</Table.Th>
            <Table.Th w={FIXED.phone}>{t('leads.columns.phone')}</Table.Th>
            <Table.Th w={flex(0.28)}>{t('leads.columns.company')}</Table.Th>
            <Table.Th w={FIXED.score}>{t('leads.columns.score')}</Table.Th>
            <Table.Th w={FIXED.checks}>{t('leads.columns.issues')}</Table.Th>
            <Table.Th w={FIXED.origin}>{t('leads.columns.origin')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && <tr aria-hidden style={{ height: paddingTop }} />}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const color = colorOf(row.scoreRange, row.score);
            return (
              <OpenableRow
                key={item.key}
                data-testid="lead-row"
                index={item.index}
                height={ROW_HEIGHT}
                selected={row.id === selectedId}
                onOpen={() => onOpen(row)}
              >
                <Table.Td>
                  <Stack gap={0}>
                    <Line text={time(row.receivedAt)} />
                    <Line text={date(row.receivedAt)} dimmed />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Line text={row.fullName} />
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} miw={0} align="flex-start">
                    <Text size="sm" truncate="end" maw="100%" title={row.email} c={row.email ? undefined : 'dimmed'}>
                      {row.email || '—'}
                    </Text>
                    <EmailKindBadge kind={row.emailKind} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Line text={row.phone} />
                </Table.Td>
                <Table.Td>
                  <Line text={row.company} />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <ScoreBadge score={row.score} color={color} size="md" />
                    <RangeBadge range={row.scoreRange} color={color} />
                    <QualifiedMark qualified={row.qualified} scored={row.score !== null} compact />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <ChecksMark count={row.issueCount} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {t(`leads.origins.${row.origin}`)}
                  </Text>
                </Table.Td>
              </OpenableRow>
            );
          })}
          {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
        </Table.Tbody>
      </Table>
      {loadingMore && <LoadingMore label={t('leads.loadingMore')} />}
    </div>
  );
}
