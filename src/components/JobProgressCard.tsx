import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';

interface JobProgressCardProps {
  /** What runs, e.g. "Importing leads.csv"; a heading where the page needs one. */
  title: ReactNode;
  percent: number;
  /** Names the bar for screen readers. */
  label: string;
  /** How far it has got, in its own units (bytes read, leads re-scored). */
  detail: ReactNode;
  stop: { label: string; stopping: string; onStop: () => void };
  testId?: string;
}

/** A background job that is running: its bar, how far it has got, and a button that stops it. */
export function JobProgressCard({ title, percent, label, detail, stop, testId }: JobProgressCardProps) {
  const [stopping, setStopping] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          {title}
          <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {percent}%
          </Text>
        </Group>
        <Progress value={percent} size="lg" animated aria-label={label} />
        <Group justify="space-between">
          <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {detail}
          </Text>
          <Button
            variant="light"
            color="red"
            size="xs"
            leftSection={<IconPlayerStop size={14} />}
            loading={stopping}
            onClick={() => {
              setStopping(true);
              stop.onStop();
            }}
          >
            {stopping ? stop.stopping : stop.label}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
