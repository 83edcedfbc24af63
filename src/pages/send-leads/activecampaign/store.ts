import { createDraftStore, draftHandle } from '../shared/draft-store';
import type { ActiveCampaignDraft } from './draft';

const store = createDraftStore<ActiveCampaignDraft>('ActiveCampaign wizard');

/** One ActiveCampaign wizard at a time; steps read and write the draft here. */
export const useActiveCampaignWizard = store.useStore;
export const useActiveCampaignDraft = store.useDraft;
export const useActiveCampaignPatch = store.usePatch;
/** What the Send Leads page needs of it: whether it is shown, waiting, or left. */
export const activeCampaignDrafts = draftHandle('activecampaign', useActiveCampaignWizard);
