import { useTranslation } from 'react-i18next';
import { filterIsComplete } from '../filters/conditions';
import { useSaveOutcome } from '../shared/use-save-outcome';
import { WizardFrame, type WizardIds } from '../shared/WizardFrame';
import { ConfigureStep, nameProblem } from './ConfigureStep';
import { CredentialsStep } from './CredentialsStep';
import type { WizardDraft } from './draft';
import { FiltersStep } from './FiltersStep';
import { ListsStep } from './ListsStep';
import { mappingIsComplete, MappingStep } from './mapping/MappingStep';
import { useSuggestedFields } from './mapping/suggest-fields';
import { ReviewStep } from './ReviewStep';
import { steps, type StepId } from './steps';
import { TagsStep } from './TagsStep';
import { useWizardLookups, type WizardLookups } from './use-wizard-lookups';
import { useDraft, useWizardStore } from './wizard-store';

/** Why "Next" is off on a step, as a translation key; null lets the user go on. */
function blocker(step: StepId, draft: WizardDraft, lookups: WizardLookups) {
  switch (step) {
    case 'credentials':
      return lookups.connected ? null : ('acWizard.blocked.credentials' as const);
    case 'configure':
      return nameProblem(draft.name) ? ('acWizard.blocked.name' as const) : null;
    case 'mapping':
      return mappingIsComplete(draft) ? null : ('acWizard.blocked.mapping' as const);
    case 'filters':
      return filterIsComplete(draft.filter) ? null : ('acWizard.blocked.filters' as const);
    default:
      return null;
  }
}

// Older than the other wizards: its step ids carry no integration prefix.
const acWizardIds: WizardIds<StepId> = {
  root: 'ac-wizard',
  section: (step) => `step-${step}`,
  heading: (step) => `wizard-step-${step}`,
  done: 'wizard-done',
};

export function AcWizard() {
  const { t } = useTranslation();
  const draft = useDraft();
  const close = useWizardStore((s) => s.close);
  const lookups = useWizardLookups(draft);
  useSuggestedFields(lookups.fields.status === 'ok' ? lookups.fields.value : null);
  const { activated, saved } = useSaveOutcome(close, (mode, name) =>
    t(mode === 'draft' ? 'sendLeads.notify.savedDraft' : 'sendLeads.notify.saved', { name }),
  );
  return (
    <WizardFrame
      ns="acWizard"
      ids={acWizardIds}
      steps={steps}
      draft={draft}
      blocker={(step) => {
        const key = blocker(step, draft, lookups);
        return key ? t(key) : null;
      }}
      renderStep={(step, goTo) =>
        ({
          credentials: <CredentialsStep lookups={lookups} />,
          configure: <ConfigureStep />,
          tags: <TagsStep lookups={lookups} />,
          lists: <ListsStep lookups={lookups} />,
          mapping: <MappingStep lookups={lookups} />,
          filters: <FiltersStep lookups={lookups} />,
          review: <ReviewStep onGoTo={goTo} onSaved={saved} />,
        })[step]
      }
      activated={activated}
      onClose={close}
    />
  );
}
