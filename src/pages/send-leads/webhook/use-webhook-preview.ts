import type { OutputOf } from '#contract';
import { getApi } from '../../../api';
import { useApiQuery, type Query } from '../use-api-query';
import { toWebhookConfig } from './draft';
import { useWebhookDraft } from './store';

const PREVIEW_DELAY_MS = 300;

/** The request a sample lead would produce with the settings on screen, refreshed as they change. */
export function useWebhookPreview(): Query<OutputOf<'webhook:preview'>> {
  const draft = useWebhookDraft();
  const config = toWebhookConfig(draft);
  const input = {
    clientId: draft.clientId,
    config,
    ...(draft.integrationId !== null ? { integrationId: draft.integrationId } : {}),
  };
  // The signing state is in the key too: a rotation changes the signature header.
  const key = draft.bodyTemplate === '' ? null : JSON.stringify([input, draft.signing]);
  return useApiQuery(key, () => getApi().invoke('webhook:preview', input), PREVIEW_DELAY_MS);
}
