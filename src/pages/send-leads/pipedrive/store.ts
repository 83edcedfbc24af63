import { create } from 'zustand';
import type { PipedriveDraft } from './draft';

interface PipedriveWizardStore {
  /** Null while the Pipedrive wizard is closed. */
  draft: PipedriveDraft | null;
  open: (draft: PipedriveDraft) => void;
  close: () => void;
  patch: (changes: Partial<PipedriveDraft>) => void;
}

/** One Pipedrive wizard at a time; steps read and write the draft here. */
export const usePipedriveWizard = create<PipedriveWizardStore>((set) => ({
  draft: null,
  open: (draft) => set({ draft }),
  close: () => set({ draft: null }),
  patch: (changes) => set((s) => (s.draft ? { draft: { ...s.draft, ...changes } } : s)),
}));

export function usePipedriveDraft(): PipedriveDraft {
  const draft = usePipedriveWizard((s) => s.draft);
  if (!draft) throw new Error('A Pipedrive wizard step rendered without an open wizard.');
  return draft;
}

export function usePipedrivePatch(): PipedriveWizardStore['patch'] {
  return usePipedriveWizard((s) => s.patch);
}
