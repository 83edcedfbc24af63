import { Alert, Button, Group, Loader, Paper, Radio, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconFileSpreadsheet, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { csvEncodings, csvSeparators, duplicatePolicies } from '#contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useImportFlow } from '../../../stores/leads-import';
import { formatBytes } from './use-import-view';
import { MappingTable, MappingWarnings, mappingWarnings } from './MappingTable';
import { SampleRows } from './SampleRows';

function Block({ title, hint, children }: { title: string; hint?: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs">
      <div>
        <Title order={3} size="h5">
          {title}
        </Title>
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
      </div>
      {children}
    </Stack>
  );
}

function FormatBar() {
  const { t, i18n } = useTranslation();
  const flow = useImportFlow();
  const preview = flow.preview;
  if (!preview) return null;
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Group gap="sm" wrap="nowrap" miw={0}>
          <IconFileSpreadsheet size={28} stroke={1.5} color="var(--mantine-color-dimmed)" aria-hidden />
          <Stack gap={0} miw={0}>
            <Text fw={600} truncate="end" data-testid="import-file-name">
              {flow.fileName}
            </Text>
            <Text size="xs" c="dimmed">
              {t('leads.import.format.size', {
                size: formatBytes(preview.size, i18n.language),
                columns: preview.headers.length,
              })}
            </Text>
          </Stack>
        </Group>
        <Group gap="sm" wrap="nowrap" align="flex-end">
          {flow.previewLoading && <Loader size="xs" mb={10} aria-label={t('leads.import.format.rereading')} />}
          <Select
            label={t('leads.import.format.encoding')}
            data={csvEncodings.map((e) => ({ value: e, label: t(`leads.import.format.encodings.${e}`) }))}
            value={flow.encoding}
            onChange={(value) => value && flow.reformat({ encoding: value })}
            allowDeselect={false}
            disabled={flow.previewLoading}
            w={230}
          />
          <Select
            label={t('leads.import.format.separator')}
            data={csvSeparators.map((s) => ({ value: s, label: t(`leads.import.format.separators.${s}`) }))}
            value={flow.separator}
            onChange={(value) => value && flow.reformat({ separator: value })}
            allowDeselect={false}
            disabled={flow.previewLoading}
            w={190}
          />
        </Group>
      </Group>
      {!preview.separatorConfident && (
        <Alert
          mt="sm"
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          data-testid="separator-unsure"
        >
          {t('leads.import.format.unsure')}
        </Alert>
      )}
    </Paper>
  );
}

function PolicyPicker() {
  const { t } = useTranslation();
  const policy = useImportFlow((s) => s.policy);
  const setPolicy = useImportFlow((s) => s.setPolicy);
  return (
    <Radio.Group value={policy} onChange={(v) => setPolicy(v)} aria-label={t('leads.import.duplicates.title')}>
      <SimpleGrid cols={3} spacing="sm">
        {duplicatePolicies.map((p) => (
          <Radio.Card key={p} value={p} radius="md" p="md" data-testid={`policy-${p}`}>
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator />
              <div>
                <Text size="sm" fw={600}>
                  {t(`leads.import.duplicates.${p}`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`leads.import.duplicates.${p}Hint`)}
                </Text>
              </div>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}

/** The file as read: its format, where each column goes, the first rows, and what repeated e-mails do. */
export function PreviewStep() {
  const { t } = useTranslation();
  const flow = useImportFlow();
  const preview = flow.preview;
  if (!preview) return null;
  const blocked = mappingWarnings(flow.mapping).includes('no_contact_column');
  return (
    <Stack gap="lg">
      <FormatBar />
      {flow.error && <ErrorAlert error={flow.error} />}
      <Block title={t('leads.import.mapping.title')} hint={t('leads.import.mapping.hint')}>
        <MappingWarnings mapping={flow.mapping} />
        <MappingTable preview={preview} mapping={flow.mapping} onChange={flow.setTarget} />
      </Block>
      <Block title={t('leads.import.sample.title')}>
        <SampleRows preview={preview} />
      </Block>
      <Block title={t('leads.import.duplicates.title')} hint={t('leads.import.duplicates.hint')}>
        <PolicyPicker />
      </Block>
      <Group justify="space-between">
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={flow.again}>
          {t('leads.import.back')}
        </Button>
        <Button
          leftSection={<IconPlayerPlay size={16} />}
          onClick={flow.start}
          loading={flow.starting}
          disabled={blocked || flow.previewLoading}
        >
          {t('leads.import.start')}
        </Button>
      </Group>
    </Stack>
  );
}
