import type { IntegrationDetail, Result } from '#contract';
import { credentialOf, type CrmConnectionDraft } from './crm-draft';
import type { DraftStore } from './draft-store';
import { useStagedSave, type SettingsSaved, type StagedSave } from './use-staged-save';

/** What every CRM's `<type>:save` takes besides its config: which integration, whose, and a new credential. */
export interface CrmSaveInput {
  id?: string;
  clientId: string;
  token?: string;
  connectionId?: string;
}

interface CrmSaveCalls<D> {
  /** The wizard's draft store; read when the save runs, so the latest edits go. */
  store: { getState: () => DraftStore<D> };
  /** The CRM's `<type>:save` call, with its config added. */
  send: (input: CrmSaveInput, draft: D) => Promise<Result<IntegrationDetail>>;
  /** What else the draft keeps from the saved integration: the account it belongs to, and the like. */
  remember: (saved: IntegrationDetail, draft: D) => Partial<D>;
}

/** Saves a HubSpot or Pipedrive integration the way every wizard does; see useStagedSave. */
export function useCrmSave<D extends CrmConnectionDraft<unknown>>({
  store,
  send,
  remember,
}: CrmSaveCalls<D>): StagedSave {
  async function saveSettings(): Promise<SettingsSaved | null> {
    const { draft, patch } = store.getState();
    if (!draft) return null;
    const saved = await send(
      {
        ...(draft.integrationId !== null ? { id: draft.integrationId } : {}),
        clientId: draft.clientId,
        ...credentialOf(draft),
      },
      draft,
    );
    if (!saved.ok) return saved;
    const { id, credential } = saved.value;
    // Saved credentials are the stored ones from now on: a retry must not send them again.
    patch(
      {
        integrationId: id,
        status: saved.value.status,
        token: '',
        connectionId: null,
        storedKind: draft.auth,
        tokenHint: draft.auth === 'token' ? credential.hint : null,
        ...remember(saved.value, draft),
      },
      'saved',
    );
    return { ok: true, id, filter: draft.filter };
  }
  // Every CRM draft has a status; the store's patch is typed by the whole draft only.
  return useStagedSave({
    saveSettings,
    setStatus: (status) => store.getState().patch({ status } as Partial<D>, 'auto'),
  });
}
