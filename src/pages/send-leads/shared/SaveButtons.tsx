import { Button, Group, Paper, Text } from '@mantine/core';
import { IconDeviceFloppy, IconPower } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, IntegrationDetail, IntegrationStatus } from '#contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { SaveMode, SaveStage, StagedSave } from './use-staged-save';

/** A running integration keeps running: saving must not silently turn it back into a draft. */
export function isRunning(status: IntegrationStatus | null): boolean {
  return status === 'active' || status === 'paused' || status === 'needs_attention';
}

interface SaveButtonsProps {
  status: IntegrationStatus | null;
  saver: StagedSave;
  onSaved: (mode: SaveMode, detail: IntegrationDetail) => void;
  /** The integration's colour for the activate button; theme default when absent. */
  color?: string;
  /** A line beside the buttons; none keeps them alone on the right. */
  hint?: string;
  /** Overrides "Save as draft" (ActiveCampaign says "Save without activating" for an inactive one). */
  draftLabel?: string;
  /**
   * Shows what went wrong below the buttons; without it the caller shows `saver.failure` itself
   * (ActiveCampaign offers to go to the step at fault).
   */
  failure?: { title: (stage: SaveStage) => string; errorText: (error: AppErrorPayload) => string };
}

/** Save as draft / Save and activate, or, for a running integration, just save. */
export function SaveButtons({ status, saver, onSaved, color, hint, draftLabel, failure }: SaveButtonsProps) {
  const { t } = useTranslation();
  const busy = saver.busy;

  async function submit(mode: SaveMode): Promise<void> {
    const detail = await saver.save(mode);
    if (detail) onSaved(mode, detail);
  }
  const onSubmit = (mode: SaveMode) => void submit(mode);
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
  const panel = (
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
  return (
    <>
      {panel}
      {failure && saver.failure && (
        <ErrorAlert
          error={saver.failure.error}
          title={failure.title(saver.failure.stage)}
          message={failure.errorText(saver.failure.error)}
        />
      )}
    </>
  );
}
