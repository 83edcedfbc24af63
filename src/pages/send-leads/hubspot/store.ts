import { create } from 'zustand';
import type { HubspotDraft } from './draft';

interface HubspotWizardStore {
  /** Null while the HubSpot wizard is closed. */
  draft: HubspotDraft | null;
  open: (draft: HubspotDraft) => void;
  close: () => void;
  patch: (changes: Partial<HubspotDraft>) => void;
}

/** One HubSpot wizard at a time; steps read and write the draft here. */
export const useHubspotWizard = create<HubspotWizardStore>((set) => ({
  draft: null,
  open: (draft) => set({ draft }),
  close: () => set({ draft: null }),
  patch: (changes) => set((s) => (s.draft ? { draft: { ...s.draft, ...changes } } : s)),
}));

export function useHubspotDraft(): HubspotDraft {
  const draft = useHubspotWizard((s) => s.draft);
  if (!draft) throw new Error('A HubSpot wizard step rendered without an open wizard.');
  return draft;
}

export function useHubspotPatch(): HubspotWizardStore['patch'] {
  return useHubspotWizard((s) => s.patch);
}
