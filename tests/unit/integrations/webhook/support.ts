import type { Core } from '../../../../electron/core';
import type { OutputOf } from '../../../../electron/contract';
import type { WebhookConfigInput } from '../../../../electron/contract/webhook';
import type { DispatchLead } from '../../../../electron/core/integrations/connector';
import { call } from '../../support/core-harness';

export type Saved = OutputOf<'webhook:save'>;

export function lead(overrides: Partial<DispatchLead> = {}): DispatchLead {
  return {
    id: 'lead-1',
    clientId: 'client-1',
    fullName: 'Maria da Silva Santos',
    email: 'maria.santos@acme.com.br',
    phone: '(11) 98765-4321',
    phoneE164: '+5511987654321',
    company: 'Acme Comércio Ltda',
    cnpj: '11222333000181',
    jobTitle: 'Gerente de Marketing',
    city: 'São Paulo',
    state: 'SP',
    source: 'site',
    utm: { source: 'google', campaign: 'lançamento' },
    custom: { plano: 'pro' },
    score: 82,
    scoreRange: 'high',
    qualified: true,
    receivedAt: Date.UTC(2026, 10, 26, 12, 0, 0),
    isTest: false,
    ...overrides,
  };
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
  core.sqlite.prepare("UPDATE integrations SET status = 'active' WHERE id = ?").run(id);
}

export function revealSecret(core: Core, id: string): Promise<string> {
  return call<OutputOf<'webhook:revealSecret'>>(core, 'webhook:revealSecret', { id }).then((r) => r.signingSecret);
}
