import { Button, Checkbox, FileInput, Group, List, Modal, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_MAX_BYTES, type AppErrorPayload, type ClientTemplate } from '#contract';
import { getApi } from '../../api';
import { useDateFormatter } from '../../i18n/format';
import { activeOf, useClients } from '../../stores/clients';
import { uploadFile } from '../../stores/leads-upload';
import { ErrorAlert } from '../ErrorAlert';
import type { FlowTarget } from './flow-state';
import { useRefusalText } from './refusal-text';
import { TemplateFlow } from './TemplateFlow';

/** "Import template…": a file, checked by the core, into an existing client or a new one. */
export function ImportTemplateModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={t('templates.importTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <ImportBody onClose={onClose} />}
    </Modal>
  );
}

async function openFile(file: File) {
  if (file.size > TEMPLATE_MAX_BYTES) {
    const error: AppErrorPayload = { code: 'invalid_input', message: 'Too big.', details: { reason: 'too_big' } };
    return { ok: false as const, error };
  }
  // The page never reads a path: the file goes to the core as an upload, as CSV imports and workspaces do.
  const sent = await uploadFile(file, () => undefined).done;
  if (!sent.ok) return sent;
  return getApi().invoke('templates:open', { uploadId: sent.value.uploadId });
}

function ImportBody({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const refusalText = useRefusalText();
  const formatDate = useDateFormatter();
  const clients = activeOf(useClients((s) => s.all));
  const [file, setFile] = useState<File | null>(null);
  const [template, setTemplate] = useState<ClientTemplate | null>(null);
  const [reading, setReading] = useState(false);
  const [refusal, setRefusal] = useState<AppErrorPayload | null>(null);
  const [mode, setMode] = useState<'existing' | 'new'>('new');
  const [clientId, setClientId] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [activate, setActivate] = useState(true);
  const [target, setTarget] = useState<FlowTarget | null>(null);

  async function choose(chosen: File | null) {
    setFile(chosen);
    setTemplate(null);
    setRefusal(null);
    if (!chosen) return;
    setReading(true);
    const opened = await openFile(chosen);
    setReading(false);
    if (opened.ok) setTemplate(opened.value.template);
    else setRefusal(opened.error);
  }

  if (template && target) {
    return (
      <TemplateFlow
        template={template}
        targets={[target]}
        source={null}
        origin="template"
        activateProfile={activate}
        onBack={() => setTarget(null)}
        onClose={onClose}
      />
    );
  }

  const existing = clients.find((c) => c.id === clientId);
  const ready = mode === 'existing' ? existing !== undefined : newName.trim() !== '';
  return (
    <Stack>
      <FileInput
        label={t('templates.file.label')}
        placeholder={t('templates.file.placeholder')}
        description={t('templates.file.help')}
        accept="application/json,.json"
        leftSection={<IconFileImport size={16} />}
        value={file}
        onChange={(f) => void choose(f)}
        clearable
        clearButtonProps={{ 'aria-label': t('templates.file.clear') }}
      />
      {reading && <Text size="sm">{t('templates.file.reading')}</Text>}
      {refusal && <ErrorAlert error={refusal} title={t('templates.refusal.title')} message={refusalText(refusal)} />}
      {template && (
        <>
          <Stack gap={4} data-testid="template-summary">
            <Text size="sm" fw={600}>
              {t('templates.summary.from', {
                client: template.source.clientName,
                date: formatDate(Date.parse(template.exportedAt)),
              })}
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>{t('templates.summary.profiles', { count: template.scoringProfiles.length })}</List.Item>
              <List.Item>
                {t('templates.summary.integrations', { count: template.integrations.length })}
                {template.integrations.length > 0 && `: ${template.integrations.map((i) => i.name).join(', ')}`}
              </List.Item>
              {template.leadSettings && <List.Item>{t('templates.summary.leadSettings')}</List.Item>}
            </List>
          </Stack>
          <Radio.Group label={t('templates.target.label')} value={mode} onChange={(v) => setMode(v)}>
            <Group mt={6}>
              <Radio value="new" label={t('templates.target.new')} />
              <Radio value="existing" label={t('templates.target.existing')} disabled={clients.length === 0} />
            </Group>
          </Radio.Group>
          {mode === 'new' ? (
            <TextInput
              label={t('templates.target.newName')}
              value={newName}
              onChange={(e) => setNewName(e.currentTarget.value)}
              maxLength={80}
            />
          ) : (
            <Select
              label={t('templates.target.client')}
              placeholder={t('templates.target.clientPlaceholder')}
              data={clients.map((c) => ({ value: c.id, label: c.name }))}
              value={clientId}
              onChange={setClientId}
              searchable
              comboboxProps={{ withinPortal: true }}
            />
          )}
          {template.scoringProfiles.some((p) => p.active) && (
            <Checkbox
              label={t('templates.target.activate')}
              description={t('templates.target.activateHelp')}
              checked={activate}
              onChange={(e) => setActivate(e.currentTarget.checked)}
            />
          )}
        </>
      )}
      <Group justify="flex-end">
        <Button
          disabled={!template || !ready}
          onClick={() =>
            setTarget(
              mode === 'existing' && existing
                ? { clientId: existing.id, name: existing.name }
                : { clientId: null, name: newName.trim() },
            )
          }
        >
          {t('templates.apply.next')}
        </Button>
      </Group>
    </Stack>
  );
}
