import { useState } from 'react';
import type { AppErrorPayload, IntegrationDetail } from '../../../../electron/contract';
import { getApi } from '../../../api';
import { useIntegrations } from '../../../stores/integrations';
import { toConfig, typedKey } from './draft';
import { useWizardStore } from './wizard-store';

export type SaveMode = 'draft' | 'activate' | 'keep';
export type SaveStage = 'save' | 'filters' | 'activate';

export interface SaveFailure {
  stage: SaveStage;
  error: AppErrorPayload;
}

/**
 * Save, then store the filters (they need the integration's id), then activate if asked. Each
 * stage that succeeded sticks: a failed activation leaves a saved draft, and the next try updates
 * it instead of creating a second integration.
 */
export function useSaveIntegration(): {
  busy: SaveMode | null;
  failure: SaveFailure | null;
  save: (mode: SaveMode) => Promise<IntegrationDetail | null>;
} {
  const [busy, setBusy] = useState<SaveMode | null>(null);
  const [failure, setFailure] = useState<SaveFailure | null>(null);

  async function run(mode: SaveMode): Promise<IntegrationDetail | null> {
    const store = useWizardStore.getState();
    const draft = store.draft;
    if (!draft) return null;
    const api = getApi();
    const apiKey = typedKey(draft);

    const saved = await api.invoke('integrations:saveActiveCampaign', {
      ...(draft.integrationId !== null ? { id: draft.integrationId } : {}),
      clientId: draft.clientId,
      ...(apiKey !== undefined ? { apiKey } : {}),
      config: toConfig(draft),
    });
    if (!saved.ok) {
      setFailure({ stage: 'save', error: saved.error });
      return null;
    }
    const detail = saved.value;
    store.patch({
      integrationId: detail.id,
      status: detail.status,
      keyHint: detail.credential.hint,
      savedApiUrl: detail.type === 'activecampaign' ? detail.config.apiUrl : null,
    });

    const filtered = await api.invoke('integrations:setFilters', { id: detail.id, filter: draft.filter });
    if (!filtered.ok) {
      setFailure({ stage: 'filters', error: filtered.error });
      return null;
    }
    if (mode !== 'activate') return filtered.value;

    const activated = await api.invoke('integrations:activate', { id: detail.id });
    if (!activated.ok) {
      setFailure({ stage: 'activate', error: activated.error });
      return null;
    }
    store.patch({ status: activated.value.status });
    return activated.value;
  }

  return {
    busy,
    failure,
    async save(mode) {
      if (busy) return null;
      setBusy(mode);
      setFailure(null);
      try {
        return await run(mode);
      } finally {
        setBusy(null);
        void useIntegrations.getState().refresh();
      }
    },
  };
}
