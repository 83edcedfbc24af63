import { useTranslation } from 'react-i18next';
import { filterIsComplete } from '../filters/conditions';
import { FiltersStepLoadingRanges } from '../shared/FiltersStep';
import { useSaveOutcome } from '../shared/use-save-outcome';
import { cardWizardIds, WizardFrame } from '../shared/WizardFrame';
import { ConnectStep } from './ConnectStep';
import { isConnected, type PipedriveDraft } from './draft';
import { MappingStep } from './MappingStep';
import { ReviewStep } from './ReviewStep';
import { usePipedriveDraft, usePipedrivePatch, usePipedriveWizard } from './store';
import { useSavePipedrive } from './use-save-pipedrive';

const steps = ['connect', 'mapping', 'filters', 'review'] as const;
type StepId = (typeof steps)[number];

/** Why "Next" is off on a step, as a translation key; null lets the user go on. */
function blocker(step: StepId, draft: PipedriveDraft) {
  switch (step) {
    case 'connect':
      return draft.name.trim() !== '' && isConnected(draft) ? null : ('pipedriveWizard.blocked.connect' as const);
    case 'mapping':
      return draft.fields.every((row) => row.field !== null) ? null : ('pipedriveWizard.blocked.mapping' as const);
    case 'filters':
      return filterIsComplete(draft.filter) ? null : ('pipedriveWizard.blocked.filters' as const);
    default:
      return null;
  }
}

/** The Pipedrive wizard: connect (browser sign-in or personal token), person fields and labels, filters, review and activation. */
export function PipedriveWizard() {
  const { t } = useTranslation();
  const draft = usePipedriveDraft();
  const close = usePipedriveWizard((s) => s.close);
  const patch = usePipedrivePatch();
  const saver = useSavePipedrive();
  const { activated, saved } = useSaveOutcome(close, (_mode, name) => t('pipedriveWizard.notify.savedDraft', { name }));
  const content = {
    connect: <ConnectStep />,
    mapping: <MappingStep />,
    filters: (
      <FiltersStepLoadingRanges
        ns="pipedriveWizard"
        clientId={draft.clientId}
        filter={draft.filter}
        onChange={(filter) => patch({ filter })}
      />
    ),
    review: <ReviewStep saver={saver} onSaved={saved} />,
  };
  return (
    <WizardFrame
      ns="pipedriveWizard"
      ids={cardWizardIds('pipedrive')}
      steps={steps}
      color="green"
      draft={draft}
      blocker={(step) => {
        const key = blocker(step, draft);
        return key ? t(key) : null;
      }}
      renderStep={(step) => content[step]}
      activated={activated}
      onClose={close}
    />
  );
}
