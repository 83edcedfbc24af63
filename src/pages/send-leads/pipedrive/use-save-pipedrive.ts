import { useState } from 'react';
import type { AppErrorPayload, IntegrationDetail } from '../../../../electron/contract';
import { getApi } from '../../../api';
import { useIntegrations } from '../../../stores/integrations';
import { credentialOf, toPipedriveConfig } from './draft';
import { usePipedriveWizard } from './store';

export type PipedriveSaveMode = 'draft' | 'activate' | 'keep';
export type PipedriveSaveStage = 'save' | 'filters' | 'activate';

export interface PipedriveSaveFailure {
  stage: PipedriveSaveStage;
  error: AppErrorPayload;
}

/** Save, then the filters (they need the id), then activation if asked; each stage that worked sticks. */
export function useSavePipedrive(): {
  busy: PipedriveSaveMode | null;
  failure: PipedriveSaveFailure | null;
  save: (mode: PipedriveSaveMode) => Promise<IntegrationDetail | null>;
} {
  const [busy, setBusy] = useState<PipedriveSaveMode | null>(null);
  const [failure, setFailure] = useState<PipedriveSaveFailure | null>(null);

  async function run(mode: PipedriveSaveMode): Promise<IntegrationDetail | null> {
    const store = usePipedriveWizard.getState();
    const draft = store.draft;
    if (!draft) return null;
    const api = getApi();
    const saved = await api.invoke('pipedrive:save', {
      ...(draft.integrationId !== null ? { id: draft.integrationId } : {}),
      clientId: draft.clientId,
      config: toPipedriveConfig(draft),
      ...credentialOf(draft),
    });
    if (!saved.ok) {
      setFailure({ stage: 'save', error: saved.error });
      return null;
    }
    const { id, credential } = saved.value;
    const config = saved.value.type === 'pipedrive' ? saved.value.config : null;
    // Saved credentials are the stored ones from now on: a retry must not send them again.
    store.patch({
      integrationId: id,
      status: saved.value.status,
      token: '',
      connectionId: null,
      storedKind: draft.auth,
      storedCompany: config?.companyId ?? draft.storedCompany,
      apiUrl: config?.apiUrl ?? draft.apiUrl,
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
    usePipedriveWizard.getState().patch({ status: activated.value.status });
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
