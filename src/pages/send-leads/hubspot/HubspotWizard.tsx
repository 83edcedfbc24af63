import { useTranslation } from 'react-i18next';
import { filterIsComplete } from '../filters/conditions';
import { FiltersStepLoadingRanges } from '../shared/FiltersStep';
import { useSaveOutcome } from '../shared/use-save-outcome';
import { cardWizardIds, WizardFrame } from '../shared/WizardFrame';
import { ConnectStep } from './ConnectStep';
import { isConnected, type HubspotDraft } from './draft';
import { MappingStep } from './MappingStep';
import { ReviewStep } from './ReviewStep';
import { useHubspotDraft, useHubspotPatch, useHubspotWizard } from './store';
import { useSaveHubspot } from './use-save-hubspot';

const steps = ['connect', 'mapping', 'filters', 'review'] as const;
type StepId = (typeof steps)[number];

/** Why "Next" is off on a step, as a translation key; null lets the user go on. */
function blocker(step: StepId, draft: HubspotDraft) {
  switch (step) {
    case 'connect':
      return draft.name.trim() !== '' && isConnected(draft) ? null : ('hubspotWizard.blocked.connect' as const);
    case 'mapping':
      return draft.properties.every((row) => row.property !== null) ? null : ('hubspotWizard.blocked.mapping' as const);
    case 'filters':
      return filterIsComplete(draft.filter) ? null : ('hubspotWizard.blocked.filters' as const);
    default:
      return null;
  }
}

/** The HubSpot wizard: connect (browser sign-in or token), properties, filters, review and activation. */
export function HubspotWizard() {
  const { t } = useTranslation();
  const draft = useHubspotDraft();
  const close = useHubspotWizard((s) => s.close);
  const patch = useHubspotPatch();
  const saver = useSaveHubspot();
  const { activated, saved } = useSaveOutcome(close, (_mode, name) => t('hubspotWizard.notify.savedDraft', { name }));
  const content = {
    connect: <ConnectStep />,
    mapping: <MappingStep />,
    filters: (
      <FiltersStepLoadingRanges
        ns="hubspotWizard"
        clientId={draft.clientId}
        filter={draft.filter}
        onChange={(filter) => patch({ filter })}
      />
    ),
    review: <ReviewStep saver={saver} onSaved={saved} />,
  };
  return (
    <WizardFrame
      ns="hubspotWizard"
      ids={cardWizardIds('hubspot')}
      steps={steps}
      color="orange"
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
