import { useCallback, useEffect, useState } from 'react';
import type { AppErrorPayload, BackupOverview, KeysNeeded } from '#contract';
import { getApi } from '../../../api';

/** The backups folder as the core sees it, kept current by `backup:changed`. */
export function useBackups() {
  const [overview, setOverview] = useState<BackupOverview | null>(null);
  const [keys, setKeys] = useState<KeysNeeded | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);

  const load = useCallback(() => {
    const api = getApi();
    void Promise.all([api.invoke('backup:overview', {}), api.invoke('backup:keysNeeded', {})]).then(
      ([found, needed]) => {
        if (found.ok) setOverview(found.value);
        if (needed.ok) setKeys(needed.value);
        setError(!found.ok ? found.error : !needed.ok ? needed.error : null);
      },
    );
  }, []);

  useEffect(() => {
    load();
    const api = getApi();
    const offs = [
      api.on('backup:changed', load),
      // A key entered again takes its integration off the list.
      api.on('integrations:changed', load),
    ];
    return () => offs.forEach((off) => off());
  }, [load]);

  return { overview, keys, error, setError, load };
}
