import { create } from 'zustand';
import type { WizardDraft } from './draft';

interface WizardStore {
  /** Null while no wizard is open. */
  draft: WizardDraft | null;
  open: (draft: WizardDraft) => void;
  close: () => void;
  patch: (changes: Partial<WizardDraft>) => void;
}

/** One wizard at a time; steps read and write the draft here instead of threading it through props. */
export const useWizardStore = create<WizardStore>((set) => ({
  draft: null,
  open: (draft) => set({ draft }),
  close: () => set({ draft: null }),
  patch: (changes) => set((s) => (s.draft ? { draft: { ...s.draft, ...changes } } : s)),
}));

/** For steps, which only render while a draft exists. */
export function useDraft(): WizardDraft {
  const draft = useWizardStore((s) => s.draft);
  if (!draft) throw new Error('A wizard step rendered without an open wizard.');
  return draft;
}

export function usePatch(): WizardStore['patch'] {
  return useWizardStore((s) => s.patch);
}
