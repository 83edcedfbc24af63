import {
  ActionIcon,
  Button,
  Code,
  CopyButton,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconDatabaseExport, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_KEEP_MAX, BACKUP_KEEP_MIN } from '#contract';
import { getApi } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDateTimeFormats } from '../../../i18n/format';
import { BackupsTable } from './BackupsTable';
import { KeysNeededList, LastRestoreAlert } from './LastRestoreAlert';
import { ReplaceDataModal, type Replacement } from './ReplaceDataModal';
import { useBackups } from './use-backups';

function FolderPath({ folder }: { folder: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
        {t('backups.folder')}
      </Text>
      <Code style={{ wordBreak: 'break-all' }}>{folder}</Code>
      <CopyButton value={folder}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('common.copied') : t('common.copy')}>
            <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={t('common.copy')}>
              {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

/** Settings → Backups: back up now, how many to keep, the list, and restoring one (or a file). */
export function BackupsCard({ host }: { host: 'electron' | 'headless' }) {
  const { t } = useTranslation();
  const { dateTime } = useDateTimeFormats();
  const { overview, keys, error, setError, load } = useBackups();
  const [busy, setBusy] = useState(false);
  const [taken, setTaken] = useState<number | null>(null);
  /** What the user typed; until then, the stored setting. */
  const [draftKeep, setKeep] = useState<number | string | null>(null);
  const [keepSaved, setKeepSaved] = useState(false);
  const [replacement, setReplacement] = useState<Replacement | null>(null);

  const storedKeep = overview?.keep ?? null;
  const keep = draftKeep ?? storedKeep ?? '';

  async function backUpNow(): Promise<void> {
    setBusy(true);
    setTaken(null);
    const result = await getApi().invoke('backup:create', {});
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setTaken(result.value.createdAt);
    load();
  }

  const keepValue = typeof keep === 'number' ? keep : Number.NaN;
  const keepValid = Number.isInteger(keepValue) && keepValue >= BACKUP_KEEP_MIN && keepValue <= BACKUP_KEEP_MAX;
  async function saveKeep(): Promise<void> {
    const result = await getApi().invoke('backup:setKeep', { keep: keepValue });
    if (!result.ok) return setError(result.error);
    setKeepSaved(true);
    setKeep(null);
    load();
  }

  async function dismiss(): Promise<void> {
    await getApi().invoke('backup:dismissRestore', {});
    load();
  }

  return (
    <Paper withBorder p="lg" role="region" aria-label={t('backups.title')}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            {t('backups.title')}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('backups.description')}
          </Text>
        </div>
        {overview?.lastRestore && <LastRestoreAlert last={overview.lastRestore} onDismiss={() => void dismiss()} />}
        {keys && <KeysNeededList keys={keys} />}
        {error && <ErrorAlert error={error} onClose={() => setError(null)} />}
        <Group gap="sm">
          <Button
            leftSection={<IconDatabaseExport size={16} />}
            loading={busy || overview?.running === true}
            onClick={() => void backUpNow()}
          >
            {t('backups.now')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} />}
            onClick={() => setReplacement({ kind: 'file' })}
          >
            {t('backups.fromFile')}
          </Button>
        </Group>
        {taken !== null && (
          <Text size="sm" c="teal" role="status">
            {t('backups.taken', { date: dateTime(taken) })}
          </Text>
        )}
        {overview && (
          <BackupsTable
            backups={overview.backups}
            onRestore={(backup) => setReplacement({ kind: 'backup', id: backup.id, date: dateTime(backup.createdAt) })}
          />
        )}
        {overview && <FolderPath folder={overview.folder} />}
        <Group align="flex-end" gap="sm">
          <NumberInput
            label={t('backups.keep')}
            description={t('backups.keepHint', { min: BACKUP_KEEP_MIN, max: BACKUP_KEEP_MAX })}
            rightSection={
              <Text size="xs" c="dimmed" pr="md">
                {t('backups.keepSuffix')}
              </Text>
            }
            rightSectionWidth={80}
            value={keep}
            onChange={(value) => {
              setKeep(value);
              setKeepSaved(false);
            }}
            min={BACKUP_KEEP_MIN}
            max={BACKUP_KEEP_MAX}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="blur"
            disabled={overview === null}
            w={260}
          />
          <Button variant="default" onClick={() => void saveKeep()} disabled={!keepValid || keepValue === storedKeep}>
            {t('backups.keepSave')}
          </Button>
        </Group>
        {keepSaved && storedKeep !== null && (
          <Text size="sm" c="teal" role="status">
            {t('backups.keepSaved', { count: storedKeep })}
          </Text>
        )}
      </Stack>
      <ReplaceDataModal replacement={replacement} host={host} onClose={() => setReplacement(null)} />
    </Paper>
  );
}
