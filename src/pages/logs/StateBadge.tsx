import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DispatchState, LogRow } from '#contract';
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
  'state' | 'attemptCount' | 'maxAttempts' | 'nextAttemptAt' | 'heldReason' | 'skipReason' | 'isTest' | 'lastErrorClass'
>;

/**
 * The line under the badge: what happened and what comes next for a dispatch still under way
 * ("Attempt 1 failed, next at 5:29 AM"), why one is held or was skipped.
 */
export function useStateDetail(): (row: StateFacts) => string | null {
  const { t } = useTranslation();
  // The minute is enough beside the badge (the drawer gives the second): the line fits its column.
  const { shortTime } = useLogFormatters();
  return (row) => {
    const failed = row.attemptCount;
    if (row.state === 'sending') {
      // Under way now: the attempt being made, out of the budget.
      return failed === 0
        ? null
        : t('logs.attemptOf', { n: Math.min(failed + 1, row.maxAttempts), max: row.maxAttempts });
    }
    if (row.state === 'pending') return failed === 0 ? null : t('logs.retry.failedNow', { n: failed });
    if (row.state === 'retrying') {
      // A rate limit waits without spending an attempt, so it is named rather than counted.
      if (row.nextAttemptAt === null) return failed === 0 ? null : t('logs.retry.failed', { n: failed });
      const at = shortTime(row.nextAttemptAt);
      if (row.lastErrorClass === 'rate_limited') return t('logs.retry.rateLimitedNext', { time: at });
      return failed === 0 ? t('logs.retry.next', { time: at }) : t('logs.retry.failedNext', { n: failed, time: at });
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
