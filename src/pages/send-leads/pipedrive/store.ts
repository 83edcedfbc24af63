import { createDraftStore, draftHandle } from '../shared/draft-store';
import type { PipedriveDraft } from './draft';

const store = createDraftStore<PipedriveDraft>('Pipedrive wizard');

/** One Pipedrive wizard at a time; steps read and write the draft here. */
export const usePipedriveWizard = store.useStore;
export const usePipedriveDraft = store.useDraft;
export const usePipedrivePatch = store.usePatch;
/** What the Send Leads page needs of it: whether it is shown, waiting, or left. */
export const pipedriveDrafts = draftHandle('pipedrive', usePipedriveWizard);
