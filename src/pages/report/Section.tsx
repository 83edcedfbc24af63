import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './report.module.css';

/** A titled card of the report, a region named by its title. */
export function Section({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  children: ReactNode;
}) {
  const headingId = `report-${id}-title`;
  return (
    <Paper
      withBorder
      p="md"
      className={classes.card}
      role="region"
      aria-labelledby={headingId}
      data-testid={`section-${id}`}
    >
      <Title order={2} size="h4" id={headingId} mb={hint ? 2 : 'sm'}>
        {title}
      </Title>
      {hint && (
        <Text size="xs" c="dimmed" mb="sm">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}
