import { getApi } from '../../../api';
import { useStagedSave, type SettingsSaved, type StagedSave } from '../shared/use-staged-save';
import { credentialOf, toPipedriveConfig } from './draft';
import { usePipedriveWizard } from './store';

async function saveSettings(): Promise<SettingsSaved | null> {
  const store = usePipedriveWizard.getState();
  const draft = store.draft;
  if (!draft) return null;
  const saved = await getApi().invoke('pipedrive:save', {
    ...(draft.integrationId !== null ? { id: draft.integrationId } : {}),
    clientId: draft.clientId,
    config: toPipedriveConfig(draft),
    ...credentialOf(draft),
  });
  if (!saved.ok) return saved;
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
  return { ok: true, id, filter: draft.filter };
}

/** Saves a Pipedrive integration the way every wizard does; see useStagedSave. */
export function useSavePipedrive(): StagedSave {
  return useStagedSave({ saveSettings, setStatus: (status) => usePipedriveWizard.getState().patch({ status }) });
}
