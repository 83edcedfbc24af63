import { Button, Group, Paper, Text } from '@mantine/core';
import { IconDeviceFloppy, IconPower } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IntegrationStatus } from '../../../../electron/contract';
import type { SaveMode, StagedSave } from './use-staged-save';

/** A running integration keeps running: saving must not silently turn it back into a draft. */
export function isRunning(status: IntegrationStatus | null): boolean {
  return status === 'active' || status === 'paused' || status === 'needs_attention';
}

interface SaveButtonsProps {
  status: IntegrationStatus | null;
  busy: StagedSave['busy'];
  onSubmit: (mode: SaveMode) => void;
  /** The integration's colour for the activate button; theme default when absent. */
  color?: string;
  /** A line beside the buttons; none keeps them alone on the right. */
  hint?: string;
  /** Overrides "Save as draft" (ActiveCampaign says "Save, keep inactive" for an inactive one). */
  draftLabel?: string;
}

/** Save as draft / Save and activate, or, for a running integration, just save. */
export function SaveButtons({ status, busy, onSubmit, color, hint, draftLabel }: SaveButtonsProps) {
  const { t } = useTranslation();
  const buttons = isRunning(status) ? (
    <Button leftSection={<IconDeviceFloppy size={16} />} loading={busy === 'keep'} onClick={() => onSubmit('keep')}>
      {t('sendLeadsWizard.saveChanges')}
    </Button>
  ) : (
    <>
      <Button
        variant="default"
        leftSection={<IconDeviceFloppy size={16} />}
        loading={busy === 'draft'}
        disabled={busy === 'activate'}
        onClick={() => onSubmit('draft')}
      >
        {draftLabel ?? t('sendLeadsWizard.saveDraft')}
      </Button>
      <Button
        color={color}
        leftSection={<IconPower size={16} />}
        loading={busy === 'activate'}
        disabled={busy === 'draft'}
        onClick={() => onSubmit('activate')}
      >
        {t('sendLeadsWizard.saveActivate')}
      </Button>
    </>
  );
  return (
    <Paper withBorder p="md" radius="md">
      {hint === undefined ? (
        <Group justify="flex-end" gap="sm">
          {buttons}
        </Group>
      ) : (
        <Group justify="space-between" gap="md">
          <Text size="sm" c="dimmed" maw={420}>
            {hint}
          </Text>
          <Group gap="sm">{buttons}</Group>
        </Group>
      )}
    </Paper>
  );
}
