import { createDraftStore } from '../shared/draft-store';
import type { HubspotDraft } from './draft';

const store = createDraftStore<HubspotDraft>('HubSpot wizard');

/** One HubSpot wizard at a time; steps read and write the draft here. */
export const useHubspotWizard = store.useStore;
export const useHubspotDraft = store.useDraft;
export const useHubspotPatch = store.usePatch;
