import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { IntegrationType } from '#contract';
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

/** What the page needs of one wizard's draft store, whatever its draft looks like. */
export interface DraftHandle<T extends IntegrationType = IntegrationType> {
  type: T;
  /** The client whose draft is shown in this visit, or null (closed, or waiting in the list). */
  shownFor: (visit: number) => string | null;
  subscribe: (listener: () => void) => () => void;
  /** The draft left before it was saved, for the list's notice. */
  useWaiting: (visit: number) => { clientId: string; name: string } | null;
  /** A new visit: a draft with nothing unsaved closes; one with unsaved changes waits. */
  leave: (visit: number) => void;
  resume: () => void;
  close: () => void;
}

/** The page's handle on one integration type's draft store. */
export function draftHandle<T extends IntegrationType, D extends { clientId: string; name: string }>(
  type: T,
  store: UseBoundStore<StoreApi<DraftStore<D>>>,
): DraftHandle<T> {
  return {
    type,
    shownFor: (visit) => {
      const s = store.getState();
      return s.shownAt === visit ? (s.draft?.clientId ?? null) : null;
    },
    subscribe: (listener) => store.subscribe(listener),
    useWaiting: (visit) =>
      store(
        useShallow((s) =>
          s.draft && s.shownAt !== visit && hasUnsavedChanges(s)
            ? { clientId: s.draft.clientId, name: s.draft.name }
            : null,
        ),
      ),
    leave: (visit) => {
      const s = store.getState();
      if (s.draft && s.shownAt !== visit && !hasUnsavedChanges(s)) s.close();
    },
    resume: () => store.getState().resume(),
    close: () => store.getState().close(),
  };
}
