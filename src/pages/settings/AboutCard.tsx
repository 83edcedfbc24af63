import {
  ActionIcon,
  Alert,
  Badge,
  Code,
  CopyButton,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '#contract';
import { UpdatesSection } from './UpdatesSection';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={200} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

export function AboutCard({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  // Known warnings are shown translated; any other is the core's own text.
  const warning = info.vault.warningCode === 'key_in_file' ? t('settings.about.vaultFileWarning') : info.vault.warning;

  return (
    <Paper withBorder p="lg" data-testid="about">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('settings.about.title')}
        </Title>
        <Table withRowBorders={false} verticalSpacing={6} horizontalSpacing={0} layout="fixed">
          <Table.Tbody>
            <Row label={t('settings.about.version')}>
              <Text size="sm" fw={500}>
                {info.name} {info.version}
              </Text>
            </Row>
            <Row label={t('settings.about.host')}>
              <Text size="sm">
                {info.host === 'electron' ? t('settings.about.hostElectron') : t('settings.about.hostHeadless')}
              </Text>
            </Row>
            <Row label={t('settings.about.dataDir')}>
              <Group gap={6} wrap="nowrap">
                <Code style={{ wordBreak: 'break-all' }}>{info.dataDir}</Code>
                <CopyButton value={info.dataDir}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? t('common.copied') : t('common.copy')}>
                      <ActionIcon
                        variant="subtle"
                        color={copied ? 'teal' : 'gray'}
                        onClick={copy}
                        aria-label={t('common.copy')}
                      >
                        {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </Group>
            </Row>
            <Row label={t('settings.about.vault')}>
              <Stack gap={4}>
                <Group gap="xs">
                  <Text size="sm">{t(`settings.about.backends.${info.vault.backend}`)}</Text>
                  <Badge size="sm" variant="light" color={info.vault.available ? 'teal' : 'red'}>
                    {info.vault.available ? t('settings.about.vaultAvailable') : t('settings.about.vaultUnavailable')}
                  </Badge>
                </Group>
              </Stack>
            </Row>
          </Table.Tbody>
        </Table>
        {warning && (
          <Alert
            variant="light"
            color="yellow"
            icon={<IconAlertTriangle size={18} />}
            title={t('settings.about.vaultWarningTitle')}
          >
            {warning}
          </Alert>
        )}
        <UpdatesSection />
      </Stack>
    </Paper>
  );
}
