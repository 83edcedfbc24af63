import { createDraftStore, draftHandle } from '../shared/draft-store';
import type { HubspotDraft } from './draft';

const store = createDraftStore<HubspotDraft>('HubSpot wizard');

/** One HubSpot wizard at a time; steps read and write the draft here. */
export const useHubspotWizard = store.useStore;
export const useHubspotDraft = store.useDraft;
export const useHubspotPatch = store.usePatch;
/** What the Send Leads page needs of it: whether it is shown, waiting, or left. */
export const hubspotDrafts = draftHandle('hubspot', useHubspotWizard);
