import { useEffect } from 'react';
import { useBacklog, useIntegrationBacklog } from '../../stores/backlog';
import { BacklogLine } from './BacklogLine';

/** The integration's queue on its Send Leads card, while it has leads queued or being sent. */
export function IntegrationBacklog({ integrationId }: { integrationId: string }) {
  const item = useIntegrationBacklog(integrationId);
  const loaded = useBacklog((s) => s.loaded);
  useEffect(() => {
    if (!loaded) void useBacklog.getState().load();
  }, [loaded]);
  if (!item || item.waiting + item.sending === 0) return null;
  return <BacklogLine item={item} />;
}
