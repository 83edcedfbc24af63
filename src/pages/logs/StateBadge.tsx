import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DispatchState, LogRow } from '../../../electron/contract';
import { useLogFormatters } from './format';

export const stateColors: Record<DispatchState, string> = {
  pending: 'gray',
  sending: 'blue',
  sent: 'green',
  retrying: 'orange',
  held: 'yellow',
  skipped: 'gray',
  error: 'red',
  cancelled: 'dark',
};

type StateFacts = Pick<
  LogRow,
  'state' | 'attemptCount' | 'maxAttempts' | 'nextAttemptAt' | 'heldReason' | 'skipReason' | 'isTest'
>;

/** The line under the badge: where a retrying dispatch stands, why one is held or was skipped. */
export function useStateDetail(): (row: StateFacts) => string | null {
  const { t } = useTranslation();
  const { time } = useLogFormatters();
  return (row) => {
    if (row.state === 'retrying' || row.state === 'pending' || row.state === 'sending') {
      if (row.attemptCount === 0 && row.state !== 'retrying') return null;
      // The attempt to come: n attempts were spent, the next is n + 1 (a rate limit spends none).
      const attempt = t('logs.attemptOf', { n: Math.min(row.attemptCount + 1, row.maxAttempts), max: row.maxAttempts });
      return row.nextAttemptAt !== null && row.state === 'retrying'
        ? `${attempt}, ${t('logs.nextAt', { time: time(row.nextAttemptAt) })}`
        : attempt;
    }
    if (row.state === 'held' && row.heldReason !== null) return t(`logs.heldReasons.${row.heldReason}`);
    if (row.state === 'skipped') return row.skipReason;
    return null;
  };
}

export function StateBadge({ row, withDetail = true }: { row: StateFacts; withDetail?: boolean }) {
  const { t } = useTranslation();
  const detail = useStateDetail()(row);
  return (
    <Stack gap={2} miw={0}>
      <Group gap={6} wrap="nowrap">
        <Badge color={stateColors[row.state]} variant="light" size="sm" data-testid="state-badge">
          {t(`logs.states.${row.state}`)}
        </Badge>
        {row.isTest && (
          <Tooltip label={t('logs.testTitle')}>
            <Badge color="grape" variant="outline" size="xs" data-testid="test-marker">
              {t('logs.test')}
            </Badge>
          </Tooltip>
        )}
      </Group>
      {withDetail && detail !== null && (
        <Text size="xs" c="dimmed" truncate="end" data-testid="state-detail">
          {detail}
        </Text>
      )}
    </Stack>
  );
}
