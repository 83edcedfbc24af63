import { getApi } from '../../../api';
import { useStagedSave, type SettingsSaved, type StagedSave } from '../shared/use-staged-save';
import { toConfig, typedKey } from './draft';
import { useWizardStore } from './wizard-store';

async function saveSettings(): Promise<SettingsSaved | null> {
  const store = useWizardStore.getState();
  const draft = store.draft;
  if (!draft) return null;
  const apiKey = typedKey(draft);
  const saved = await getApi().invoke('activecampaign:save', {
    ...(draft.integrationId !== null ? { id: draft.integrationId } : {}),
    clientId: draft.clientId,
    ...(apiKey !== undefined ? { apiKey } : {}),
    config: toConfig(draft),
  });
  if (!saved.ok) return saved;
  const detail = saved.value;
  store.patch(
    {
      integrationId: detail.id,
      status: detail.status,
      keyHint: detail.credential.hint,
      savedApiUrl: detail.type === 'activecampaign' ? detail.config.apiUrl : null,
    },
    'saved',
  );
  return { ok: true, id: detail.id, filter: draft.filter };
}

/** Saves an ActiveCampaign integration the way every wizard does; see useStagedSave. */
export function useSaveIntegration(): StagedSave {
  return useStagedSave({ saveSettings, setStatus: (status) => useWizardStore.getState().patch({ status }, 'auto') });
}
