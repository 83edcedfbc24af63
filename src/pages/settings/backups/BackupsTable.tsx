import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '#contract';
import { useDateTimeFormats } from '../../../i18n/format';
import { formatBytes } from '../../leads/import/use-import-view';

const REASON_COLORS = {
  manual: 'blue',
  daily: 'gray',
  before_migration: 'violet',
  before_restore: 'orange',
  before_import: 'orange',
} as const;

/** Newest first: when, how big, which version took it and why, and "Restore…". */
export function BackupsTable({
  backups,
  onRestore,
}: {
  backups: BackupInfo[];
  onRestore: (backup: BackupInfo) => void;
}) {
  const { t, i18n } = useTranslation();
  const { dateTime } = useDateTimeFormats();
  if (backups.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="backups-empty">
        {t('backups.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" highlightOnHover aria-label={t('backups.listLabel')} data-testid="backups-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('backups.columns.date')}</Table.Th>
            <Table.Th>{t('backups.columns.size')}</Table.Th>
            <Table.Th>{t('backups.columns.version')}</Table.Th>
            <Table.Th>{t('backups.columns.reason')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('backups.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => {
            const date = dateTime(backup.createdAt);
            return (
              <Table.Tr key={backup.id} data-testid="backup-row">
                <Table.Td>
                  <Text size="sm">{date}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatBytes(backup.size, i18n.language)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{backup.appVersion ?? t('backups.unknownVersion')}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={backup.reason ? REASON_COLORS[backup.reason] : 'gray'}>
                    {t(`backups.reasons.${backup.reason ?? 'unknown'}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconRestore size={14} />}
                    aria-label={t('backups.restoreLabel', { date })}
                    onClick={() => onRestore(backup)}
                  >
                    {t('backups.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
