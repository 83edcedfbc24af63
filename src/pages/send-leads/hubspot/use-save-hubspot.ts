import { getApi } from '../../../api';
import { useCrmSave } from '../shared/use-crm-save';
import type { StagedSave } from '../shared/use-staged-save';
import { toHubspotConfig } from './draft';
import { useHubspotWizard } from './store';

/** Saves a HubSpot integration; the portal HubSpot answered is the stored one from then on. */
export function useSaveHubspot(): StagedSave {
  return useCrmSave({
    store: useHubspotWizard,
    send: (input, draft) => getApi().invoke('hubspot:save', { ...input, config: toHubspotConfig(draft) }),
    remember: (saved, draft) => ({
      storedPortal: saved.type === 'hubspot' ? saved.config.portalId : draft.storedPortal,
    }),
  });
}
