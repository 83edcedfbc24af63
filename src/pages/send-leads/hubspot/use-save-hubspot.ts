import { getApi } from '../../../api';
import { useStagedSave, type SettingsSaved, type StagedSave } from '../shared/use-staged-save';
import { toHubspotConfig } from './draft';
import { useHubspotWizard } from './store';

async function saveSettings(): Promise<SettingsSaved | null> {
  const store = useHubspotWizard.getState();
  const draft = store.draft;
  if (!draft) return null;
  const saved = await getApi().invoke('hubspot:save', {
    ...(draft.integrationId !== null ? { id: draft.integrationId } : {}),
    clientId: draft.clientId,
    config: toHubspotConfig(draft),
    ...(draft.auth === 'token' && draft.token.trim() !== '' ? { token: draft.token } : {}),
    ...(draft.auth === 'oauth' && draft.connectionId !== null ? { connectionId: draft.connectionId } : {}),
  });
  if (!saved.ok) return saved;
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
  return { ok: true, id, filter: draft.filter };
}

/** Saves a HubSpot integration the way every wizard does; see useStagedSave. */
export function useSaveHubspot(): StagedSave {
  return useStagedSave({ saveSettings, setStatus: (status) => useHubspotWizard.getState().patch({ status }) });
}
