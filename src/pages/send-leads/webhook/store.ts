import { create } from 'zustand';
import type { WebhookDraft } from './draft';

interface WebhookWizardStore {
  /** Null while the webhook wizard is closed. */
  draft: WebhookDraft | null;
  open: (draft: WebhookDraft) => void;
  close: () => void;
  patch: (changes: Partial<WebhookDraft>) => void;
}

/** One webhook wizard at a time; steps read and write the draft here. */
export const useWebhookWizard = create<WebhookWizardStore>((set) => ({
  draft: null,
  open: (draft) => set({ draft }),
  close: () => set({ draft: null }),
  patch: (changes) => set((s) => (s.draft ? { draft: { ...s.draft, ...changes } } : s)),
}));

export function useWebhookDraft(): WebhookDraft {
  const draft = useWebhookWizard((s) => s.draft);
  if (!draft) throw new Error('A webhook wizard step rendered without an open wizard.');
  return draft;
}

export function useWebhookPatch(): WebhookWizardStore['patch'] {
  return useWebhookWizard((s) => s.patch);
}
