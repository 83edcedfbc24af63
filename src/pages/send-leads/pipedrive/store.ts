import { createDraftStore } from '../shared/draft-store';
import type { PipedriveDraft } from './draft';

const store = createDraftStore<PipedriveDraft>('Pipedrive wizard');

/** One Pipedrive wizard at a time; steps read and write the draft here. */
export const usePipedriveWizard = store.useStore;
export const usePipedriveDraft = store.useDraft;
export const usePipedrivePatch = store.usePatch;
