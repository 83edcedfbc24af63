import { getApi } from '../../../api';
import { useIntegrations } from '../../../stores/integrations';
import { useStagedSave, type SettingsSaved, type StagedSave } from '../shared/use-staged-save';
import { toWebhookConfig } from './draft';
import { useWebhookWizard } from './store';

/** Saves the settings; a new webhook's secret comes back once and is kept in the draft for copying. */
async function saveSettings(): Promise<SettingsSaved> {
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
  store.patch(
    {
      integrationId: id,
      status: draft.status ?? 'draft',
      signing: config.signing,
      bodyTemplate: config.bodyTemplate,
      headers: draft.headers.map((row, i) => {
        const stored = config.headers[i];
        return row.secret && stored?.secret ? { ...row, value: '', hint: stored.hint } : row;
      }),
      ...(signingSecret !== null ? { secret: signingSecret } : {}),
    },
    'saved',
  );
  void useIntegrations.getState().refresh();
  // Read after the patch above, as the filters stage always did.
  const filter = useWebhookWizard.getState().draft?.filter ?? { match: 'all' as const, conditions: [] };
  return { ok: true, id, filter };
}

/** Saves a webhook the way every wizard does; see useStagedSave. */
export function useSaveWebhook(): StagedSave {
  return useStagedSave({ saveSettings, setStatus: (status) => useWebhookWizard.getState().patch({ status }, 'auto') });
}
