import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { useSection } from '../../../stores/section';

/**
 * Who changed the draft: the user (the default), the wizard itself on their behalf (a default body, a
 * suggested field, the URL as the CRM normalised it), or a save that stored the draft as it now is.
 * Only the user's own changes make a draft "unsaved".
 */
export type PatchKind = 'user' | 'auto' | 'saved';

export interface DraftStore<D> {
  /** Null while the wizard is closed. */
  draft: D | null;
  /** The draft as last stored (or as opened), plus the wizard's own changes since. */
  baseline: D | null;
  /**
   * The Send Leads visit (see useSection) the wizard is shown in. Following the sidebar link again starts
   * a new visit: the page then shows the list, and a draft with unsaved changes waits there to be resumed.
   */
  shownAt: number;
  open: (draft: D) => void;
  close: () => void;
  patch: (changes: Partial<D>, kind?: PatchKind) => void;
  /** Shows a waiting draft again, in the current visit. */
  resume: () => void;
}

/** Whether the user changed something that is not stored yet. */
export function hasUnsavedChanges<D>(state: Pick<DraftStore<D>, 'draft' | 'baseline'>): boolean {
  return state.draft !== null && JSON.stringify(state.draft) !== JSON.stringify(state.baseline);
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
  const visit = (): number => useSection.getState().visit;
  const useStore = create<DraftStore<D>>((set) => ({
    draft: null,
    baseline: null,
    shownAt: -1,
    open: (draft) => set({ draft, baseline: draft, shownAt: visit() }),
    close: () => set({ draft: null, baseline: null }),
    patch: (changes, kind = 'user') =>
      set((s) => {
        if (!s.draft) return s;
        const draft = { ...s.draft, ...changes };
        if (kind === 'saved') return { draft, baseline: draft };
        if (kind === 'auto' && s.baseline) return { draft, baseline: { ...s.baseline, ...changes } };
        return { draft };
      }),
    resume: () => set({ shownAt: visit() }),
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
