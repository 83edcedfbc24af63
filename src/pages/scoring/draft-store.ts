import { create } from 'zustand';
import type { ScoringProfile, ScoringProfileInput, ScoringProfileView } from '#contract';

/** What the editor holds: the schema's input shape, every optional field filled in. */
export type ProfileDraft = ScoringProfileInput;

export interface Draft {
  /** The stored profile being edited (new profiles are created first, then edited). */
  profileId: string;
  /** The stored version, to tell whether anything changed. */
  saved: ProfileDraft;
  current: ProfileDraft;
}

export function toDraft(profile: ScoringProfile | ScoringProfileView): ProfileDraft {
  return {
    name: profile.name,
    qualifyAt: profile.qualifyAt,
    disqualify: { ...profile.disqualify },
    rules: profile.rules.map((rule) => ({ ...rule, enabled: rule.enabled })),
    ranges: profile.ranges.map((range) => ({ ...range, tag: range.tag })),
  };
}

export function isDirty(draft: Draft | undefined): boolean {
  return draft !== undefined && JSON.stringify(draft.saved) !== JSON.stringify(draft.current);
}

interface DraftStore {
  /** Per client, so switching tabs or clients never throws an edit away. */
  drafts: Record<string, Draft>;
  load: (clientId: string, profileId: string, profile: ProfileDraft) => void;
  edit: (clientId: string, change: (current: ProfileDraft) => ProfileDraft) => void;
  /** After a save: the stored version becomes the baseline. */
  saved: (clientId: string, profileId: string, profile: ProfileDraft) => void;
  drop: (clientId: string) => void;
}

export const useScoringDrafts = create<DraftStore>((set) => ({
  drafts: {},
  load: (clientId, profileId, profile) =>
    set((s) => ({ drafts: { ...s.drafts, [clientId]: { profileId, saved: profile, current: profile } } })),
  edit: (clientId, change) =>
    set((s) => {
      const draft = s.drafts[clientId];
      if (!draft) return s;
      return { drafts: { ...s.drafts, [clientId]: { ...draft, current: change(draft.current) } } };
    }),
  saved: (clientId, profileId, profile) =>
    set((s) => ({ drafts: { ...s.drafts, [clientId]: { profileId, saved: profile, current: profile } } })),
  drop: (clientId) =>
    set((s) => {
      const { [clientId]: _dropped, ...rest } = s.drafts;
      return { drafts: rest };
    }),
}));

/** Whether a client's scoring profile has changes that are not saved (for guards outside the tab). */
export function useScoringDirty(clientId: string): boolean {
  return useScoringDrafts((s) => isDirty(s.drafts[clientId]));
}
