import { useState } from 'react';
import type { AppErrorPayload, DispatchFilter, IntegrationDetail, IntegrationStatus } from '#contract';
import { getApi } from '../../../api';
import { useIntegrations } from '../../../stores/integrations';

export type SaveMode = 'draft' | 'activate' | 'keep';
export type SaveStage = 'save' | 'filters' | 'activate';

export interface SaveFailure {
  stage: SaveStage;
  error: AppErrorPayload;
}

/** What an integration's own save call gives back: its id and the filter to store next. */
export type SettingsSaved = { ok: true; id: string; filter: DispatchFilter } | { ok: false; error: AppErrorPayload };

export interface StagedSaveSteps {
  /** The integration's own save call; it also records what came back in the wizard's draft. Null: no draft. */
  saveSettings: () => Promise<SettingsSaved | null>;
  /** Keeps the draft's status in step after activation. */
  setStatus: (status: IntegrationStatus) => void;
}

export interface StagedSave {
  busy: SaveMode | 'settings' | null;
  failure: SaveFailure | null;
  save: (mode: SaveMode) => Promise<IntegrationDetail | null>;
  /** Only the settings, for a step that needs the integration to exist (the webhook's signing secret). */
  saveSettingsOnly: () => Promise<boolean>;
}

/**
 * Save, then store the filters (they need the integration's id), then activate if asked. Each stage that
 * succeeded sticks: a failed activation leaves a saved draft, and the next try updates it instead of
 * creating a second integration.
 */
export function useStagedSave({ saveSettings, setStatus }: StagedSaveSteps): StagedSave {
  const [busy, setBusy] = useState<StagedSave['busy']>(null);
  const [failure, setFailure] = useState<SaveFailure | null>(null);

  async function run(mode: SaveMode): Promise<IntegrationDetail | null> {
    const saved = await saveSettings();
    if (!saved) return null;
    if (!saved.ok) {
      setFailure({ stage: 'save', error: saved.error });
      return null;
    }
    const api = getApi();
    const filtered = await api.invoke('integrations:setFilters', { id: saved.id, filter: saved.filter });
    if (!filtered.ok) {
      setFailure({ stage: 'filters', error: filtered.error });
      return null;
    }
    if (mode !== 'activate') return filtered.value;
    const activated = await api.invoke('integrations:activate', { id: saved.id });
    if (!activated.ok) {
      setFailure({ stage: 'activate', error: activated.error });
      return null;
    }
    setStatus(activated.value.status);
    return activated.value;
  }

  // One save at a time; the list behind the wizard is refreshed whatever happened.
  async function guarded<T>(what: SaveMode | 'settings', fallback: T, work: () => Promise<T>): Promise<T> {
    if (busy) return fallback;
    setBusy(what);
    setFailure(null);
    try {
      return await work();
    } finally {
      setBusy(null);
      void useIntegrations.getState().refresh();
    }
  }

  return {
    busy,
    failure,
    save: (mode) => guarded(mode, null, () => run(mode)),
    saveSettingsOnly: () =>
      guarded('settings', false, async () => {
        const saved = await saveSettings();
        if (saved && !saved.ok) setFailure({ stage: 'save', error: saved.error });
        return saved?.ok ?? false;
      }),
  };
}
