import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIntegrationErrorText } from '../../../i18n/integration-errors';
import { stepForError, type StepId } from './steps';
import { isRunning, SaveButtons } from '../shared/SaveButtons';
import type { ReviewStepProps } from '../shared/DraftWizard';
import type { SaveFailure } from '../shared/use-staged-save';
import { useActiveCampaignDraft } from './store';

function FailureAlert({ failure, onGoTo }: { failure: SaveFailure; onGoTo: (step: StepId) => void }) {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText('activecampaign');
  const step = stepForError(failure.error);
  return (
    <Stack gap="xs">
      <ErrorAlert
        error={failure.error}
        title={t(`activecampaignWizard.review.failed.${failure.stage}`)}
        message={text(failure.error)}
      />
      {step && step !== 'review' && (
        <Button variant="default" size="xs" onClick={() => onGoTo(step)} style={{ alignSelf: 'flex-start' }}>
          {t('activecampaignWizard.review.goTo', { step: t(`activecampaignWizard.steps.${step}`) })}
        </Button>
      )}
    </Stack>
  );
}

/** Save as draft / Save and activate (or, for a running integration, just save), and what went wrong. */
export function SaveActions({ saver, onGoTo, onSaved }: ReviewStepProps<StepId>) {
  const { t } = useTranslation();
  const draft = useActiveCampaignDraft();

  return (
    <Stack gap="sm">
      <SaveButtons
        status={draft.status}
        saver={saver}
        onSaved={onSaved}
        hint={
          isRunning(draft.status)
            ? t('activecampaignWizard.review.saveRunningHint')
            : t('activecampaignWizard.review.saveHint')
        }
        draftLabel={draft.status === 'inactive' ? t('activecampaignWizard.review.saveInactive') : undefined}
      />
      {saver.failure && <FailureAlert failure={saver.failure} onGoTo={onGoTo} />}
    </Stack>
  );
}
