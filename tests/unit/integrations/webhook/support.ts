import type { Core } from '../../../../electron/core';
import type { OutputOf } from '#contract';
import type { WebhookConfigInput } from '#contract/webhook';
import type { DispatchLead } from '../../../../electron/core/integrations/connector';
import { call } from '../../support/core-harness';
import { lead as baseLead } from '../support/send-context';

export type Saved = OutputOf<'webhook:save'>;

/** The shared sample lead, with the values the webhook tests assert on in its payload. */
export function lead(overrides: Partial<DispatchLead> = {}): DispatchLead {
  return baseLead({
    email: 'maria.santos@acme.com.br',
    utm: { source: 'google', campaign: 'lançamento' },
    custom: { plano: 'pro' },
    receivedAt: Date.UTC(2026, 10, 26, 12, 0, 0),
    ...overrides,
  });
}

export function saveWebhook(
  core: Core,
  clientId: string,
  url: string,
  config: Partial<WebhookConfigInput> = {},
  id?: string,
): Promise<Saved> {
  return call<Saved>(core, 'webhook:save', { id, clientId, config: { url, name: 'CRM interno', ...config } });
}

export function activateDirectly(core: Core, id: string): void {
  // The engine tests skip activation's scoring-profile check; activation has its own test.
  core.forTests.sqlite.prepare("UPDATE integrations SET status = 'active' WHERE id = ?").run(id);
}

export function revealSecret(core: Core, id: string): Promise<string> {
  return call<OutputOf<'webhook:revealSecret'>>(core, 'webhook:revealSecret', { id }).then((r) => r.signingSecret);
}
