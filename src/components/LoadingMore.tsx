import { Center, Group, Loader, Text } from '@mantine/core';

/** Under a list while its next page loads. */
export function LoadingMore({ label }: { label: string }) {
  return (
    <Center py="sm" aria-live="polite">
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Group>
    </Center>
  );
}
