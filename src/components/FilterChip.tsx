import { CloseButton, Group, Pill } from '@mantine/core';
import type { ReactNode } from 'react';

/** A filter set from elsewhere (an import, a lead), shown under the filter bar with a way out. */
export function FilterChip({
  icon,
  label,
  clearLabel,
  onClear,
  testId,
}: {
  icon: ReactNode;
  label: string;
  clearLabel: string;
  onClear: () => void;
  testId: string;
}) {
  return (
    <Group mt="sm" gap="xs">
      <Pill size="md" data-testid={testId}>
        <Group gap={6} wrap="nowrap">
          {icon}
          {label}
          <CloseButton size="xs" aria-label={clearLabel} onClick={onClear} />
        </Group>
      </Pill>
    </Group>
  );
}
