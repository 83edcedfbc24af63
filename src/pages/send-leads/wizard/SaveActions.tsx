import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntegrationDetail } from '#contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIntegrationErrorText } from '../../../i18n/integration-errors';
import { stepForError, type StepId } from './steps';
import { isRunning, SaveButtons } from '../shared/SaveButtons';
import type { SaveFailure, SaveMode } from '../shared/use-staged-save';
import { useSaveIntegration } from './use-save-integration';
import { useDraft } from './wizard-store';

function FailureAlert({ failure, onGoTo }: { failure: SaveFailure; onGoTo: (step: StepId) => void }) {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText('activecampaign');
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
  const saver = useSaveIntegration();

  return (
    <Stack gap="sm">
      <SaveButtons
        status={draft.status}
        saver={saver}
        onSaved={onSaved}
        hint={isRunning(draft.status) ? t('acWizard.review.saveRunningHint') : t('acWizard.review.saveHint')}
        draftLabel={draft.status === 'inactive' ? t('acWizard.review.saveInactive') : undefined}
      />
      {saver.failure && <FailureAlert failure={saver.failure} onGoTo={onGoTo} />}
    </Stack>
  );
}
