import { Alert, Button, Group, Paper, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UPLOAD_MAX_BYTES } from '#contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useImportFlow } from '../../../stores/leads-import';
import { formatBytes } from './use-import-view';

const ACCEPT = '.csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values';

function looksLikeCsv(file: File): boolean {
  return /\.(csv|txt|tsv)$/i.test(file.name) || /^text\//.test(file.type) || file.type === '';
}

/** Choose or drop the file; while it is being sent, how far along it is. */
export function FileStep() {
  const { t, i18n } = useTranslation();
  const { phase, fileName, size, sent, error, pick, again } = useImportFlow();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);

  function take(file: File | undefined) {
    if (!file) return;
    if (!looksLikeCsv(file)) {
      setRefused(t('leads.import.pick.notCsv'));
      return;
    }
    if (file.size > UPLOAD_MAX_BYTES) {
      setRefused(t('leads.import.pick.tooBig', { max: formatBytes(UPLOAD_MAX_BYTES, i18n.language) }));
      return;
    }
    setRefused(null);
    pick(file);
  }

  if (phase === 'uploading') {
    const percent = size === 0 ? 100 : Math.round((sent / size) * 100);
    return (
      <Paper withBorder radius="md" p="xl" data-testid="upload-progress">
        <Stack gap="sm">
          <Group gap="sm" wrap="nowrap">
            <IconFileSpreadsheet size={28} stroke={1.5} aria-hidden />
            <Text fw={600} truncate="end">
              {t('leads.import.upload.title', { name: fileName })}
            </Text>
          </Group>
          <Progress
            value={percent}
            size="lg"
            striped
            animated
            aria-label={t('leads.import.upload.title', { name: fileName })}
          />
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('leads.import.upload.progress', {
                sent: formatBytes(sent, i18n.language),
                total: formatBytes(size, i18n.language),
              })}
            </Text>
            <Button variant="subtle" size="xs" onClick={again}>
              {t('leads.import.upload.cancel')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    );
  }

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files[0]);
  };

  return (
    <Stack gap="md">
      {error && <ErrorAlert error={error} message={t('leads.import.upload.failed')} />}
      {refused && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
          {refused}
        </Alert>
      )}
      <Paper
        withBorder
        radius="lg"
        p={48}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: over ? 'var(--mantine-primary-color-filled)' : undefined,
          background: over ? 'var(--mantine-primary-color-light)' : undefined,
          transition: 'background 120ms, border-color 120ms',
        }}
      >
        <Stack align="center" gap="sm">
          <ThemeIcon size={56} radius="xl" variant="light">
            <IconUpload size={28} />
          </ThemeIcon>
          <Text fw={600} size="lg">
            {t('leads.import.pick.drop')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('leads.import.pick.or')}
          </Text>
          <Button onClick={() => input.current?.click()}>{t('leads.import.pick.choose')}</Button>
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            hidden
            data-testid="csv-input"
            aria-label={t('leads.import.pick.choose')}
            onChange={(e) => {
              take(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
          <Text size="xs" c="dimmed" ta="center" maw={520}>
            {t('leads.import.pick.hint')}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
