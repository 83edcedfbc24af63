import { createDraftStore } from '../shared/draft-store';
import type { WebhookDraft } from './draft';

const store = createDraftStore<WebhookDraft>('webhook wizard');

/** One webhook wizard at a time; steps read and write the draft here. */
export const useWebhookWizard = store.useStore;
export const useWebhookDraft = store.useDraft;
export const useWebhookPatch = store.usePatch;
