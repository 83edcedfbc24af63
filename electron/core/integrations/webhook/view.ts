import type { z } from 'zod';
import type { WebhookConfigView, webhookSigningViewSchema } from '#contract/webhook';
import type { Vault } from '../../vault/vault';
import {
  headerSecretName,
  PREVIOUS_SIGNING_SECRET,
  SIGNING_SECRET,
  storedWebhookConfigSchema,
  type WebhookConfig,
} from './config';

export type SigningView = z.infer<typeof webhookSigningViewSchema>;

export function signingView(config: WebhookConfig, vault: Pick<Vault, 'describe'>): SigningView {
  const id = config.secrets[SIGNING_SECRET];
  const info = id === undefined ? null : vault.describe(id);
  return {
    set: info?.set ?? false,
    hint: info?.hint ?? null,
    rotatedAt: config.rotatedAt,
    previousExpiresAt: config.secrets[PREVIOUS_SIGNING_SECRET] === undefined ? null : config.previousSecretExpiresAt,
  };
}

export function readStoredConfig(raw: unknown): WebhookConfig {
  return storedWebhookConfigSchema.parse(raw);
}

/** The settings as the interface sees them: secret headers only say whether they are set. */
export function webhookConfigView(raw: unknown, vault: Pick<Vault, 'describe'>): WebhookConfigView {
  const config = readStoredConfig(raw);
  return {
    name: config.name,
    url: config.url,
    method: config.method,
    timeoutMs: config.timeoutMs,
    headers: config.headers.map((h) => {
      if (!h.secret) return { name: h.name, secret: false, value: h.value, hint: null };
      const id = config.secrets[headerSecretName(h.name)];
      return { name: h.name, secret: true, value: null, hint: id === undefined ? null : vault.describe(id).hint };
    }),
    bodyTemplate: config.bodyTemplate,
    rotationGraceHours: config.rotationGraceHours,
    signing: signingView(config, vault),
  };
}
