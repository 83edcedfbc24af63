import { useEffect, useState } from 'react';
import { getApi } from '../../api';
import type { AcAccountOption } from './AccountChooser';

/** The ActiveCampaign integrations of every client that hold a key: accounts an import may reuse. */
export function useAcAccounts(enabled: boolean): AcAccountOption[] {
  const [options, setOptions] = useState<AcAccountOption[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void (async () => {
      const api = getApi();
      const clients = await api.invoke('clients:list', { includeArchived: false });
      if (!clients.ok) return;
      const found: AcAccountOption[] = [];
      for (const client of clients.value) {
        const list = await api.invoke('integrations:list', { clientId: client.id });
        if (!list.ok) continue;
        for (const i of list.value) {
          if (i.type !== 'activecampaign' || !i.credential.set || i.credential.unreadable) continue;
          found.push({ integrationId: i.id, label: `${client.name} · ${i.name} (${i.credential.hint ?? ''})` });
        }
      }
      if (live) setOptions(found);
    })();
    return () => {
      live = false;
    };
  }, [enabled]);
  return options;
}
