import { Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportFormat } from './format';
import classes from './report.module.css';

export interface ShareRow {
  /** Stable key, also the row's `data-key` for tests. */
  key: string;
  label: ReactNode;
  count: number;
  qualified?: number;
  /** The bar's colour; the brand's by default. */
  color?: string;
}

/** Lines of a breakdown: what, how many (and how many qualified), and its share of `total` as a bar. */
export function ShareTable({
  label,
  nameColumn,
  rows,
  total,
  withQualified = false,
  testId,
}: {
  /** The table's accessible name. */
  label: string;
  nameColumn: string;
  rows: ShareRow[];
  total: number;
  withQualified?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const f = useReportFormat();
  return (
    <Table aria-label={label} data-testid={testId} verticalSpacing={6} horizontalSpacing="xs" fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{nameColumn}</Table.Th>
          <Table.Th className={classes.num}>{t('report.columns.leads')}</Table.Th>
          {withQualified && <Table.Th className={classes.num}>{t('report.columns.qualified')}</Table.Th>}
          <Table.Th w={140}>{t('report.columns.share')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const share = total === 0 ? 0 : row.count / total;
          return (
            <Table.Tr key={row.key} data-key={row.key} data-testid="share-row">
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {row.label}
                </Text>
              </Table.Td>
              <Table.Td className={classes.num} fw={600} data-testid="count">
                {f.count(row.count)}
              </Table.Td>
              {withQualified && (
                <Table.Td className={classes.num} data-testid="qualified">
                  {f.count(row.qualified ?? 0)}
                </Table.Td>
              )}
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <div className={classes.barTrack} style={{ flex: 1 }} aria-hidden>
                    <div
                      className={classes.bar}
                      style={{
                        width: `${Math.round(share * 100)}%`,
                        background: row.color ?? 'var(--mantine-primary-color-filled)',
                      }}
                    />
                  </div>
                  <Text size="xs" c="dimmed" w={36} className={classes.num}>
                    {f.share(row.count, total)}
                  </Text>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
