import { getApi } from '../../../api';
import { useCrmSave } from '../shared/use-crm-save';
import type { StagedSave } from '../shared/use-staged-save';
import { toPipedriveConfig } from './draft';
import { usePipedriveWizard } from './store';

/** Saves a Pipedrive integration; the company and the address Pipedrive answered are kept from then on. */
export function useSavePipedrive(): StagedSave {
  return useCrmSave({
    store: usePipedriveWizard,
    send: (input, draft) => getApi().invoke('pipedrive:save', { ...input, config: toPipedriveConfig(draft) }),
    remember: (saved, draft) => {
      const config = saved.type === 'pipedrive' ? saved.config : null;
      return { storedCompany: config?.companyId ?? draft.storedCompany, apiUrl: config?.apiUrl ?? draft.apiUrl };
    },
  });
}
