import { Center, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun, type Icon } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, themes, type Preferences } from '#contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { languageNames, systemLanguage } from '../../i18n';
import { usePreferences } from '../../stores/preferences';

const themeIcons: Record<Preferences['theme'], Icon> = {
  system: IconDeviceDesktop,
  light: IconSun,
  dark: IconMoon,
};

/** A labelled radio group: the visible label names the group for screen readers and tests alike. */
function Field({
  label,
  description,
  children,
}: {
  label: string;
  description: string;
  children: (labelId: string) => ReactNode;
}) {
  const id = useId();
  return (
    <Stack gap={6}>
      <div>
        <Text id={id} fw={600} size="sm">
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      </div>
      {children(id)}
    </Stack>
  );
}

function isOneOf<T extends string>(options: readonly T[], value: string): value is T {
  return (options as readonly string[]).includes(value);
}

export function PreferencesCard({ prefs }: { prefs: Preferences }) {
  const { t } = useTranslation();
  const { update, error } = usePreferences();

  const languageData = languages.map((value) => ({
    value,
    label:
      value === 'system'
        ? t('settings.language.system', { language: languageNames[systemLanguage()] })
        : languageNames[value],
  }));
  const themeData = themes.map((value) => {
    const ThemeIconComponent = themeIcons[value];
    return {
      value,
      label: (
        <Center style={{ gap: 8 }}>
          <ThemeIconComponent size={16} />
          <span>{t(`settings.theme.${value}`)}</span>
        </Center>
      ),
    };
  });

  return (
    <Paper withBorder p="lg">
      <Stack gap="lg">
        <Title order={2} size="h4">
          {t('settings.appearance')}
        </Title>
        {error && <ErrorAlert error={error} />}
        <Field label={t('settings.language.label')} description={t('settings.language.description')}>
          {(labelId) => (
            <SegmentedControl
              aria-labelledby={labelId}
              data={languageData}
              value={prefs.language}
              onChange={(value) => {
                if (isOneOf(languages, value)) void update({ language: value });
              }}
              style={{ alignSelf: 'flex-start' }}
            />
          )}
        </Field>
        <Field label={t('settings.theme.label')} description={t('settings.theme.description')}>
          {(labelId) => (
            <SegmentedControl
              aria-labelledby={labelId}
              data={themeData}
              value={prefs.theme}
              onChange={(value) => {
                if (isOneOf(themes, value)) void update({ theme: value });
              }}
              style={{ alignSelf: 'flex-start' }}
            />
          )}
        </Field>
      </Stack>
    </Paper>
  );
}
