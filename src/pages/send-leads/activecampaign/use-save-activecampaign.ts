import { getApi } from '../../../api';
import { useStagedSave, type SettingsSaved, type StagedSave } from '../shared/use-staged-save';
import { toActiveCampaignConfig, typedKey } from './draft';
import { useActiveCampaignWizard } from './store';

async function saveSettings(): Promise<SettingsSaved | null> {
  const store = useActiveCampaignWizard.getState();
  const draft = store.draft;
  if (!draft) return null;
  const apiKey = typedKey(draft);
  const saved = await getApi().invoke('activecampaign:save', {
    ...(draft.integrationId !== null ? { id: draft.integrationId } : {}),
    clientId: draft.clientId,
    ...(apiKey !== undefined ? { apiKey } : {}),
    config: toActiveCampaignConfig(draft),
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
export function useSaveActiveCampaign(): StagedSave {
  return useStagedSave({
    saveSettings,
    setStatus: (status) => useActiveCampaignWizard.getState().patch({ status }, 'auto'),
  });
}
