import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogRow } from '#contract';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { useLogFormatters } from './format';
import { StateBadge } from './StateBadge';

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
  loading: boolean;
  /** Shown instead of the table when no dispatch matches. */
  empty: ReactNode;
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

export function LogsTable({ showClient, ...props }: LogsTableProps) {
  const { t } = useTranslation();
  const { date, time } = useLogFormatters();
  const shares = showClient ? SHARES.allClients : SHARES.oneClient;
  const columns: VirtualColumn<LogRow>[] = [
    {
      key: 'time',
      header: t('logs.columns.time'),
      width: FIXED.time,
      cell: (row) => <TwoLines top={time(row.createdAt)} bottom={date(row.createdAt)} />,
    },
    ...(showClient
      ? [
          {
            key: 'client',
            header: t('logs.columns.client'),
            width: share(shares.client),
            cell: (row: LogRow) => <Name text={row.clientName} />,
          },
        ]
      : []),
    {
      key: 'integration',
      header: t('logs.columns.integration'),
      width: share(shares.integration),
      cell: (row) => <Name text={row.integrationName} testId="log-integration" />,
    },
    {
      key: 'lead',
      header: t('logs.columns.lead'),
      width: share(shares.lead),
      cell: (row) => <TwoLines top={row.leadName || row.leadEmail} bottom={row.leadName ? row.leadEmail : null} />,
    },
    { key: 'state', header: t('logs.columns.state'), width: FIXED.state, cell: (row) => <StateBadge row={row} /> },
    {
      key: 'last',
      header: t('logs.columns.last'),
      width: share(shares.last),
      cell: (row) => <LastResponse row={row} />,
    },
  ];

  return (
    <VirtualTable
      {...props}
      columns={columns}
      rowHeight={ROW_HEIGHT}
      label={t('logs.tableLabel')}
      loadingMoreLabel={t('logs.loadingMore')}
      scrollerTestId="logs-scroller"
      rowData={(row) => ({ 'data-testid': 'log-row', 'data-state': row.state })}
    />
  );
}
