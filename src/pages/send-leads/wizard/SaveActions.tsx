import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconPower } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IntegrationDetail } from '../../../../electron/contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIntegrationErrorText } from '../../../i18n/integration-errors';
import { stepForError, type StepId } from './steps';
import { useSaveIntegration, type SaveFailure, type SaveMode } from './use-save-integration';
import { useDraft } from './wizard-store';

function FailureAlert({ failure, onGoTo }: { failure: SaveFailure; onGoTo: (step: StepId) => void }) {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText();
  const step = stepForError(failure.error);
  return (
    <Stack gap="xs">
      <ErrorAlert
        error={failure.error}
        title={t(`acWizard.review.failed.${failure.stage}`)}
        message={text(failure.error)}
      />
      {step && step !== 'review' && (
        <Button variant="default" size="xs" onClick={() => onGoTo(step)} style={{ alignSelf: 'flex-start' }}>
          {t('acWizard.review.goTo', { step: t(`acWizard.steps.${step}`) })}
        </Button>
      )}
    </Stack>
  );
}

export interface SaveActionsProps {
  onGoTo: (step: StepId) => void;
  onSaved: (mode: SaveMode, detail: IntegrationDetail) => void;
}

/** Save as draft / Save and activate (or, for a running integration, just save), and what went wrong. */
export function SaveActions({ onGoTo, onSaved }: SaveActionsProps) {
  const { t } = useTranslation();
  const draft = useDraft();
  const { busy, failure, save } = useSaveIntegration();
  // A running integration keeps running: saving must not silently turn it back into a draft.
  const running = draft.status === 'active' || draft.status === 'paused' || draft.status === 'needs_attention';

  async function submit(mode: SaveMode): Promise<void> {
    const detail = await save(mode);
    if (detail) onSaved(mode, detail);
  }

  return (
    <Stack gap="sm">
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" gap="md">
          <Text size="sm" c="dimmed" maw={420}>
            {running ? t('acWizard.review.saveRunningHint') : t('acWizard.review.saveHint')}
          </Text>
          <Group gap="sm">
            {running ? (
              <Button
                leftSection={<IconDeviceFloppy size={16} />}
                loading={busy === 'keep'}
                onClick={() => void submit('keep')}
              >
                {t('acWizard.review.saveChanges')}
              </Button>
            ) : (
              <>
                <Button
                  variant="default"
                  leftSection={<IconDeviceFloppy size={16} />}
                  loading={busy === 'draft'}
                  disabled={busy === 'activate'}
                  onClick={() => void submit('draft')}
                >
                  {draft.status === 'inactive' ? t('acWizard.review.saveInactive') : t('acWizard.review.saveDraft')}
                </Button>
                <Button
                  leftSection={<IconPower size={16} />}
                  loading={busy === 'activate'}
                  disabled={busy === 'draft'}
                  onClick={() => void submit('activate')}
                >
                  {t('acWizard.review.activate')}
                </Button>
              </>
            )}
          </Group>
        </Group>
      </Paper>
      {failure && <FailureAlert failure={failure} onGoTo={onGoTo} />}
    </Stack>
  );
}
