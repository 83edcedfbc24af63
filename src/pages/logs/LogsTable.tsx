import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingMore } from '../../components/LoadingMore';
import { useInfiniteRows } from '../../components/use-infinite-rows';
import type { LogRow } from '#contract';
import { useLogFormatters } from './format';
import { StateBadge } from './StateBadge';
import { OpenableRow } from '../../components/OpenableRow';
import layout from '../../components/page-layout.module.css';

/** Fixed: every row shows two lines at most, so the virtualiser never has to measure. */
export const ROW_HEIGHT = 60;
/** Time and state hold short values; the named columns share what is left, the client's only when shown. */
const FIXED = { time: 112, state: 230 } as const;
const SHARES = {
  oneClient: { client: 0, integration: 0.27, lead: 0.36, last: 0.37 },
  allClients: { client: 0.2, integration: 0.22, lead: 0.29, last: 0.29 },
} as const;
const share = (part: number): string => `calc((100% - ${FIXED.time + FIXED.state}px) * ${part})`;

interface LogsTableProps {
  rows: LogRow[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onOpen: (row: LogRow) => void;
  selectedId: string | null;
  /** Only with "All clients": otherwise every row would repeat the same name. */
  showClient: boolean;
}

/** A value over a caption; each cut short only when the column really is too narrow, and whole on hover. */
function TwoLines({ top, bottom }: { top: string; bottom: string | null }) {
  return (
    <Stack gap={0} miw={0}>
      <Text size="sm" truncate="end" title={top}>
        {top}
      </Text>
      {bottom !== null && (
        <Text size="xs" c="dimmed" truncate="end" title={bottom}>
          {bottom}
        </Text>
      )}
    </Stack>
  );
}

/** A name alone in its cell may take both lines before it is cut. */
function Name({ text, testId }: { text: string; testId?: string }) {
  return (
    <Text size="sm" lineClamp={2} title={text} style={{ overflowWrap: 'anywhere' }} data-testid={testId}>
      {text}
    </Text>
  );
}

function LastResponse({ row }: { row: LogRow }) {
  if (row.lastStatus === null && row.lastError === null) return null;
  return (
    <Group gap={6} wrap="nowrap" miw={0}>
      {row.lastStatus !== null && (
        <Badge variant="outline" color={row.lastStatus < 300 ? 'green' : 'red'} size="sm" style={{ flexShrink: 0 }}>
          {row.lastStatus}
        </Badge>
      )}
      {row.lastError !== null && (
        <Text size="xs" c="dimmed" lineClamp={2} title={row.lastError}>
          {row.lastError}
        </Text>
      )}
    </Group>
  );
}

export function LogsTable({ rows, hasMore, loadingMore, onLoadMore, onOpen, selectedId, showClient }: LogsTableProps) {
  const { t } = useTranslation();
  const { date, time } = useLogFormatters();
  const shares = showClient ? SHARES.allClients : SHARES.oneClient;
  const scroller = useRef<HTMLDivElement>(null);
  const { items, paddingTop, paddingBottom } = useInfiniteRows({
    rows,
    scroller,
    rowHeight: ROW_HEIGHT,
    hasMore,
    loadingMore,
    onLoadMore,
  });

  return (
    <div ref={scroller} className={layout.scroller} data-testid="logs-scroller">
      <Table stickyHeader highlightOnHover layout="fixed" aria-label={t('logs.tableLabel')} aria-rowcount={rows.length}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={FIXED.time}>{t('logs.columns.time')}</Table.Th>
            {showClient && <Table.Th w={share(shares.client)}>{t('logs.columns.client')}</Table.Th>}
            <Table.Th w={share(shares.integration)}>{t('logs.columns.integration')}</Table.Th>
            <Table.Th w={share(shares.lead)}>{t('logs.columns.lead')}</Table.Th>
            <Table.Th w={FIXED.state}>{t('logs.columns.state')}</Table.Th>
            <Table.Th w={share(shares.last)}>{t('logs.columns.last')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && <tr aria-hidden style={{ height: paddingTop }} />}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <OpenableRow
                key={item.key}
                data-testid="log-row"
                data-state={row.state}
                index={item.index}
                height={ROW_HEIGHT}
                selected={row.id === selectedId}
                onOpen={() => onOpen(row)}
              >
                <Table.Td>
                  <TwoLines top={time(row.createdAt)} bottom={date(row.createdAt)} />
                </Table.Td>
                {showClient && (
                  <Table.Td>
                    <Name text={row.clientName} />
                  </Table.Td>
                )}
                <Table.Td>
                  <Name text={row.integrationName} testId="log-integration" />
                </Table.Td>
                <Table.Td>
                  <TwoLines top={row.leadName || row.leadEmail} bottom={row.leadName ? row.leadEmail : null} />
                </Table.Td>
                <Table.Td>
                  <StateBadge row={row} />
                </Table.Td>
                <Table.Td>
                  <LastResponse row={row} />
                </Table.Td>
              </OpenableRow>
            );
          })}
          {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
        </Table.Tbody>
      </Table>
      {loadingMore && <LoadingMore label={t('logs.loadingMore')} />}
    </div>
  );
}
