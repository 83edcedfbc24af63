import { useEffect, useEffectEvent, useState } from 'react';
import type { AppErrorPayload, EventPayload, ScoringProfileSummary } from '#contract';
import { getApi } from '../../api';
import { useApiQuery } from '../send-leads/use-api-query';
import { isDirty, toDraft, useScoringDrafts, type Draft } from './draft-store';

export interface Profiles {
  list: ScoringProfileSummary[] | undefined;
  listError: AppErrorPayload | null;
  draft: Draft | undefined;
  draftError: AppErrorPayload | null;
  reload: () => void;
  /** Puts a stored profile in the editor (callers check for unsaved changes first). */
  open: (profileId: string) => Promise<AppErrorPayload | null>;
}

/**
 * The client's profiles and the one in the editor: the active one unless the user picked another.
 * Follows `scoring:changed`, so a profile changed elsewhere shows up without a reload.
 */
export function useProfiles(clientId: string): Profiles {
  const list = useApiQuery(clientId, () => getApi().invoke('scoring:list', { clientId }));
  const draft = useScoringDrafts((s) => s.drafts[clientId]);
  const [draftError, setDraftError] = useState<AppErrorPayload | null>(null);
  const reloadList = list.reload;

  async function open(profileId: string): Promise<AppErrorPayload | null> {
    const result = await getApi().invoke('scoring:get', { id: profileId });
    if (!result.ok) return result.error;
    useScoringDrafts.getState().load(clientId, profileId, toDraft(result.value));
    return null;
  }

  useEffect(() => {
    if (draft) return;
    let cancelled = false;
    void getApi()
      .invoke('scoring:active', { clientId })
      .then((result) => {
        if (cancelled) return;
        if (!result.ok) {
          setDraftError(result.error);
          return;
        }
        setDraftError(null);
        const active = result.value;
        if (active) useScoringDrafts.getState().load(clientId, active.id, toDraft(active));
      });
    return () => {
      cancelled = true;
    };
  }, [clientId, draft]);

  const changed = useEffectEvent((event: EventPayload<'scoring:changed'>) => {
    if (event.clientId !== clientId) return;
    reloadList();
    const store = useScoringDrafts.getState();
    const current = store.drafts[clientId];
    if (!current || current.profileId !== event.profileId) return;
    if (event.reason === 'deleted') {
      store.drop(clientId);
      return;
    }
    // Saved elsewhere (another window): show that version unless there is work here to keep.
    if (isDirty(current)) return;
    void getApi()
      .invoke('scoring:get', { id: event.profileId })
      .then((result) => {
        const latest = useScoringDrafts.getState().drafts[clientId];
        if (result.ok && latest?.profileId === event.profileId && !isDirty(latest)) {
          useScoringDrafts.getState().load(clientId, event.profileId, toDraft(result.value));
        }
      });
  });

  useEffect(() => getApi().on('scoring:changed', (event) => changed(event)), []);

  return {
    // The last answer may be another client's while this one loads.
    list: (list.status === 'ok' ? list.value : list.last)?.filter((p) => p.clientId === clientId),
    listError: list.status === 'error' ? list.error : null,
    draft,
    draftError,
    reload: reloadList,
    open,
  };
}
