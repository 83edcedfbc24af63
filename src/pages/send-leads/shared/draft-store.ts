import { create, type StoreApi, type UseBoundStore } from 'zustand';

export interface DraftStore<D> {
  /** Null while the wizard is closed. */
  draft: D | null;
  open: (draft: D) => void;
  close: () => void;
  patch: (changes: Partial<D>) => void;
}

/**
 * One wizard of a kind at a time; its steps read and write the draft here instead of threading it through
 * props. `wizard` names it in the error a step rendered without an open wizard throws ("HubSpot wizard").
 */
export function createDraftStore<D extends object>(
  wizard: string,
): {
  useStore: UseBoundStore<StoreApi<DraftStore<D>>>;
  /** For steps, which only render while a draft exists. */
  useDraft: () => D;
  usePatch: () => DraftStore<D>['patch'];
} {
  const useStore = create<DraftStore<D>>((set) => ({
    draft: null,
    open: (draft) => set({ draft }),
    close: () => set({ draft: null }),
    patch: (changes) => set((s) => (s.draft ? { draft: { ...s.draft, ...changes } } : s)),
  }));
  return {
    useStore,
    useDraft: () => {
      const draft = useStore((s) => s.draft);
      if (!draft) throw new Error(`A ${wizard} step rendered without an open wizard.`);
      return draft;
    },
    usePatch: () => useStore((s) => s.patch),
  };
}
