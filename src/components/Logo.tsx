import { Group, Stack, Text, useMantineTheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The mark: a funnel whose output is a check, i.e. only good leads come out. */
export function LogoMark({ size = 32 }: { size?: number }) {
  const theme = useMantineTheme();
  const brand = theme.colors.brand ?? theme.colors.blue;
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill={brand[6]} />
      <path d="M8 9h16l-6 7.5V22l-4 2v-7.5z" fill="#fff" opacity="0.92" />
      <circle cx="23" cy="22" r="5" fill={theme.colors.teal[5]} stroke={brand[6]} strokeWidth="1.5" />
      <path d="m20.8 22 1.5 1.5 2.9-3" fill="none" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

export function Logo() {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap">
      <LogoMark />
      <Stack gap={0}>
        <Text fw={700} size="md" lh={1.2}>
          {t('app.name')}
        </Text>
        <Text size="xs" c="dimmed" lh={1.3}>
          {t('app.tagline')}
        </Text>
      </Stack>
    </Group>
  );
}
