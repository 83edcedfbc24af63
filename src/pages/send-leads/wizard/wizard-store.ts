import { createDraftStore } from '../shared/draft-store';
import type { WizardDraft } from './draft';

const store = createDraftStore<WizardDraft>('wizard');

/** The ActiveCampaign wizard's draft; one at a time. */
export const useWizardStore = store.useStore;
export const useDraft = store.useDraft;
export const usePatch = store.usePatch;
