import { useState } from 'react';
import type { AppErrorPayload, IntegrationDetail } from '../../../../electron/contract';
import { getApi } from '../../../api';
import { useIntegrations } from '../../../stores/integrations';
import { toWebhookConfig } from './draft';
import { useWebhookWizard } from './store';

export type WebhookSaveMode = 'draft' | 'activate' | 'keep';
export type WebhookSaveStage = 'save' | 'filters' | 'activate';

export interface WebhookSaveFailure {
  stage: WebhookSaveStage;
  error: AppErrorPayload;
}

/** Saves the settings; a new webhook's secret comes back once and is kept in the draft for copying. */
async function saveSettings(): Promise<{ ok: true; id: string } | { ok: false; error: AppErrorPayload }> {
  const store = useWebhookWizard.getState();
  const draft = store.draft;
  if (!draft) return { ok: false, error: { code: 'internal', message: 'No webhook is being edited.' } };
  const saved = await getApi().invoke('webhook:save', {
    ...(draft.integrationId !== null ? { id: draft.integrationId } : {}),
    clientId: draft.clientId,
    config: toWebhookConfig(draft),
  });
  if (!saved.ok) return saved;
  const { id, config, signingSecret } = saved.value;
  // Typed secret values are stored now: the rows show their hints and a blank keeps them.
  store.patch({
    integrationId: id,
    status: draft.status ?? 'draft',
    signing: config.signing,
    bodyTemplate: config.bodyTemplate,
    headers: draft.headers.map((row, i) => {
      const stored = config.headers[i];
      return row.secret && stored?.secret ? { ...row, value: '', hint: stored.hint } : row;
    }),
    ...(signingSecret !== null ? { secret: signingSecret } : {}),
  });
  void useIntegrations.getState().refresh();
  return { ok: true, id };
}

/**
 * Save, then store the filters (they need the integration's id), then activate if asked. Each
 * stage that succeeded sticks, so a retry updates the same integration.
 */
export function useSaveWebhook(): {
  busy: WebhookSaveMode | 'settings' | null;
  failure: WebhookSaveFailure | null;
  saveSettingsOnly: () => Promise<boolean>;
  save: (mode: WebhookSaveMode) => Promise<IntegrationDetail | null>;
} {
  const [busy, setBusy] = useState<WebhookSaveMode | 'settings' | null>(null);
  const [failure, setFailure] = useState<WebhookSaveFailure | null>(null);

  async function run(mode: WebhookSaveMode): Promise<IntegrationDetail | null> {
    const saved = await saveSettings();
    if (!saved.ok) {
      setFailure({ stage: 'save', error: saved.error });
      return null;
    }
    const api = getApi();
    const filter = useWebhookWizard.getState().draft?.filter ?? { match: 'all' as const, conditions: [] };
    const filtered = await api.invoke('integrations:setFilters', { id: saved.id, filter });
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
    useWebhookWizard.getState().patch({ status: activated.value.status });
    return activated.value;
  }

  async function guarded<T>(what: WebhookSaveMode | 'settings', fallback: T, work: () => Promise<T>): Promise<T> {
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
    saveSettingsOnly: () =>
      guarded('settings', false, async () => {
        const saved = await saveSettings();
        if (!saved.ok) setFailure({ stage: 'save', error: saved.error });
        return saved.ok;
      }),
    save: (mode) => guarded(mode, null, () => run(mode)),
  };
}
