import { useState } from 'react';
import type { AppErrorPayload, IntegrationDetail } from '../../../../electron/contract';
import { getApi } from '../../../api';
import { useIntegrations } from '../../../stores/integrations';
import { toHubspotConfig } from './draft';
import { useHubspotWizard } from './store';

export type HubspotSaveMode = 'draft' | 'activate' | 'keep';
export type HubspotSaveStage = 'save' | 'filters' | 'activate';

export interface HubspotSaveFailure {
  stage: HubspotSaveStage;
  error: AppErrorPayload;
}

/** Save, then the filters (they need the id), then activation if asked; each stage that worked sticks. */
export function useSaveHubspot(): {
  busy: HubspotSaveMode | null;
  failure: HubspotSaveFailure | null;
  save: (mode: HubspotSaveMode) => Promise<IntegrationDetail | null>;
} {
  const [busy, setBusy] = useState<HubspotSaveMode | null>(null);
  const [failure, setFailure] = useState<HubspotSaveFailure | null>(null);

  async function run(mode: HubspotSaveMode): Promise<IntegrationDetail | null> {
    const store = useHubspotWizard.getState();
    const draft = store.draft;
    if (!draft) return null;
    const api = getApi();
    const saved = await api.invoke('hubspot:save', {
      ...(draft.integrationId !== null ? { id: draft.integrationId } : {}),
      clientId: draft.clientId,
      config: toHubspotConfig(draft),
      ...(draft.auth === 'token' && draft.token.trim() !== '' ? { token: draft.token } : {}),
      ...(draft.auth === 'oauth' && draft.connectionId !== null ? { connectionId: draft.connectionId } : {}),
    });
    if (!saved.ok) {
      setFailure({ stage: 'save', error: saved.error });
      return null;
    }
    const { id, credential } = saved.value;
    // Saved credentials are the stored ones from now on: a retry must not send them again.
    store.patch({
      integrationId: id,
      status: saved.value.status,
      token: '',
      connectionId: null,
      storedKind: draft.auth,
      storedPortal: saved.value.type === 'hubspot' ? saved.value.config.portalId : draft.storedPortal,
      tokenHint: draft.auth === 'token' ? credential.hint : null,
    });
    const filtered = await api.invoke('integrations:setFilters', { id, filter: draft.filter });
    if (!filtered.ok) {
      setFailure({ stage: 'filters', error: filtered.error });
      return null;
    }
    if (mode !== 'activate') return filtered.value;
    const activated = await api.invoke('integrations:activate', { id });
    if (!activated.ok) {
      setFailure({ stage: 'activate', error: activated.error });
      return null;
    }
    useHubspotWizard.getState().patch({ status: activated.value.status });
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
