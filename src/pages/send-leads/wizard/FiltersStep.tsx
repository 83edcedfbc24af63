import { FiltersStep as SharedFiltersStep } from '../shared/FiltersStep';
import type { WizardLookups } from './use-wizard-lookups';
import { useDraft, usePatch } from './wizard-store';

/** ActiveCampaign's filters step; the score ranges come with the wizard's other lookups. */
export function FiltersStep({ lookups }: { lookups: WizardLookups }) {
  const draft = useDraft();
  const patch = usePatch();
  return (
    <SharedFiltersStep
      ns="acWizard"
      clientId={draft.clientId}
      filter={draft.filter}
      onChange={(filter) => patch({ filter })}
      ranges={lookups.ranges.status === 'ok' ? lookups.ranges.value.ranges : []}
    />
  );
}
