import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, IntegrationSummary, Result } from '#contract';
import { getApi } from '../../api';
import { useIntegrations } from '../../stores/integrations';

export type LifecycleAction = 'activate' | 'deactivate' | 'pause' | 'resume';

export interface ActionFailure {
  item: IntegrationSummary;
  action: LifecycleAction;
  error: AppErrorPayload;
}

function call(action: LifecycleAction, id: string): Promise<Result<unknown>> {
  const api = getApi();
  switch (action) {
    case 'activate':
      return api.invoke('integrations:activate', { id });
    case 'deactivate':
      return api.invoke('integrations:deactivate', { id });
    case 'pause':
      return api.invoke('dispatch:pauseIntegration', { integrationId: id });
    case 'resume':
      return api.invoke('dispatch:resumeIntegration', { integrationId: id });
  }
}

/** Activate / deactivate / pause / resume from the card, one at a time, with feedback either way. */
export function useIntegrationActions(): {
  busy: { id: string; action: LifecycleAction } | null;
  failure: ActionFailure | null;
  clearFailure: () => void;
  run: (item: IntegrationSummary, action: LifecycleAction) => Promise<void>;
} {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<{ id: string; action: LifecycleAction } | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  async function run(item: IntegrationSummary, action: LifecycleAction): Promise<void> {
    if (busy) return;
    setBusy({ id: item.id, action });
    setFailure(null);
    const result = await call(action, item.id);
    setBusy(null);
    if (!result.ok) {
      setFailure({ item, action, error: result.error });
      return;
    }
    notifications.show({ color: 'teal', message: t(`sendLeads.notify.${action}`, { name: item.name }) });
    // The events refresh the list too; this makes the change visible even if an event was missed.
    await useIntegrations.getState().refresh();
  }

  return { busy, failure, clearFailure: () => setFailure(null), run };
}
