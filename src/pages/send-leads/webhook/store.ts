import { createDraftStore, draftHandle } from '../shared/draft-store';
import type { WebhookDraft } from './draft';

const store = createDraftStore<WebhookDraft>('webhook wizard');

/** One webhook wizard at a time; steps read and write the draft here. */
export const useWebhookWizard = store.useStore;
export const useWebhookDraft = store.useDraft;
export const useWebhookPatch = store.usePatch;
/** What the Send Leads page needs of it: whether it is shown, waiting, or left. */
export const webhookDrafts = draftHandle('webhook', useWebhookWizard);
