import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, ScoringProfileSummary } from '#contract';
import { getApi } from '../../api';
import { toDraft, useScoringDrafts, type ProfileDraft } from './draft-store';

/** `base`, or `base 2`, `base 3`… when the client already has a profile by that name. */
export function uniqueName(base: string, taken: readonly string[]): string {
  const folded = new Set(taken.map((n) => n.trim().toLowerCase()));
  if (!folded.has(base.toLowerCase())) return base;
  let n = 2;
  while (folded.has(`${base} ${n}`.toLowerCase())) n++;
  return `${base} ${n}`;
}

export type ProfileAction = 'activate' | 'duplicate' | 'create' | 'delete' | 'save' | 'reset';

export interface ProfileActions {
  busy: ProfileAction | null;
  error: { action: ProfileAction; error: AppErrorPayload } | null;
  clearError: () => void;
  activate: (profile: ScoringProfileSummary) => Promise<void>;
  duplicate: (profile: ScoringProfileSummary, taken: readonly string[]) => Promise<void>;
  create: (taken: readonly string[]) => Promise<void>;
  remove: (profile: ScoringProfileSummary) => Promise<boolean>;
  save: (profileId: string, draft: ProfileDraft) => Promise<AppErrorPayload | null>;
  template: () => Promise<ProfileDraft | null>;
}

/**
 * What the profile list and the editor ask the core to do, with the notices that follow.
 * `onActiveChanged` hears when the profile that scores the client's leads changed (the active one
 * saved, or another activated): existing leads then still carry the old scores.
 */
export function useProfileActions(
  clientId: string,
  onChanged: () => void,
  onActiveChanged: () => void = () => undefined,
): ProfileActions {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<ProfileAction | null>(null);
  const [error, setError] = useState<ProfileActions['error']>(null);
  const api = getApi();
  const drafts = useScoringDrafts.getState;

  async function run<T>(action: ProfileAction, work: () => Promise<T | AppErrorPayload>): Promise<T | null> {
    setBusy(action);
    setError(null);
    try {
      const outcome = await work();
      if (isError(outcome)) {
        setError({ action, error: outcome });
        return null;
      }
      onChanged();
      return outcome;
    } finally {
      setBusy(null);
    }
  }

  async function copyOf(source: ProfileDraft, name: string): Promise<true | AppErrorPayload> {
    const created = await api.invoke('scoring:save', { clientId, profile: { ...source, name } });
    if (!created.ok) return created.error;
    drafts().load(clientId, created.value.id, toDraft(created.value));
    return true;
  }

  return {
    busy,
    error,
    clearError: () => setError(null),
    activate: async (profile) => {
      await run('activate', async () => {
        const result = await api.invoke('scoring:activate', { id: profile.id });
        if (!result.ok) return result.error;
        const { scored } = result.value;
        notifications.show({
          color: 'teal',
          message: [
            t('scoring.activate.done', { name: profile.name }),
            scored > 0 ? t('scoring.activate.scored', { count: scored }) : '',
          ].join(' '),
        });
        onActiveChanged();
        return true;
      });
    },
    duplicate: async (profile, taken) => {
      await run('duplicate', async () => {
        const source = await api.invoke('scoring:get', { id: profile.id });
        if (!source.ok) return source.error;
        return copyOf(toDraft(source.value), uniqueName(t('scoring.profiles.copyName', { name: profile.name }), taken));
      });
    },
    create: async (taken) => {
      await run('create', async () => {
        const template = await api.invoke('scoring:template', {});
        if (!template.ok) return template.error;
        return copyOf(toDraft(template.value), uniqueName(t('scoring.profiles.newName'), taken));
      });
    },
    remove: async (profile) => {
      const done = await run('delete', async () => {
        const result = await api.invoke('scoring:delete', { id: profile.id });
        if (!result.ok) return result.error;
        if (drafts().drafts[clientId]?.profileId === profile.id) drafts().drop(clientId);
        notifications.show({ color: 'teal', message: t('scoring.delete.done', { name: profile.name }) });
        return true;
      });
      return done !== null;
    },
    save: async (profileId, draft) => {
      setBusy('save');
      const result = await api.invoke('scoring:save', { clientId, id: profileId, profile: draft });
      setBusy(null);
      if (!result.ok) return result.error;
      drafts().saved(clientId, result.value.id, toDraft(result.value));
      notifications.show({ color: 'teal', message: t('scoring.editor.savedNotice', { name: result.value.name }) });
      onChanged();
      if (result.value.active) onActiveChanged();
      return null;
    },
    template: async () => {
      const result = await run('reset', async () => {
        const template = await api.invoke('scoring:template', {});
        return template.ok ? toDraft(template.value) : template.error;
      });
      return result;
    },
  };
}

function isError(value: unknown): value is AppErrorPayload {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}
