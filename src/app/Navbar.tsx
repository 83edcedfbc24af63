import { AppShell, Badge, Group, NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getConnectionHost } from '../api';
import { Logo } from '../components/Logo';
import { useConnection } from '../stores/connection';
import { usePreferences } from '../stores/preferences';
import { useSection, type Section } from '../stores/section';
import { ClientSwitcher } from './ClientSwitcher';
import { appSections, homeSection, sectionMeta, workspaceSections } from './sections';

function SectionLink({ section }: { section: Section }) {
  const { t } = useTranslation();
  const current = useSection((s) => s.section);
  const go = useSection((s) => s.go);
  const { icon: SectionIcon, labelKey } = sectionMeta[section];
  const active = current === section;
  return (
    <NavLink
      component="button"
      type="button"
      label={t(labelKey)}
      leftSection={<SectionIcon size={18} stroke={1.7} />}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={() => go(section)}
      variant="light"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
      fw={500}
    />
  );
}

function GroupLabel({ children }: { children: string }) {
  return (
    <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={6} style={{ letterSpacing: '0.04em' }}>
      {children}
    </Text>
  );
}

function Footer() {
  const { t } = useTranslation();
  const version = usePreferences((s) => s.info?.version);
  const online = useConnection((s) => s.state.status === 'open');
  const desktop = getConnectionHost() === 'electron';
  return (
    <Group justify="space-between" gap="xs">
      <Badge variant="dot" color={online ? 'teal' : 'red'} size="sm" tt="none" fw={500} role="status">
        {desktop ? t('connection.desktop') : online ? t('connection.online') : t('connection.offline')}
      </Badge>
      {version && (
        <Text size="xs" c="dimmed">
          v{version}
        </Text>
      )}
    </Group>
  );
}

export function Navbar() {
  const { t } = useTranslation();
  return (
    <AppShell.Navbar p="md" aria-label={t('nav.label')}>
      <AppShell.Section pb="lg">
        <Logo />
      </AppShell.Section>
      <AppShell.Section pb="xs">
        <ClientSwitcher />
      </AppShell.Section>
      <AppShell.Section grow>
        <Stack gap={2}>
          <SectionLink section={homeSection} />
          <GroupLabel>{t('nav.workspace')}</GroupLabel>
          {workspaceSections.map((section) => (
            <SectionLink key={section} section={section} />
          ))}
          <GroupLabel>{t('nav.app')}</GroupLabel>
          {appSections.map((section) => (
            <SectionLink key={section} section={section} />
          ))}
        </Stack>
      </AppShell.Section>
      <AppShell.Section pt="md" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
        <Footer />
      </AppShell.Section>
    </AppShell.Navbar>
  );
}
