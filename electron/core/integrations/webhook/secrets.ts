import type { Db } from '../../db/connection';
import { AppError } from '../../errors';
import type { Clock } from '../../ports';
import type { Vault } from '../../vault/vault';
import type { IntegrationRow, IntegrationsRepository } from '../repository';
import { PREVIOUS_SIGNING_SECRET, SIGNING_SECRET, type WebhookConfig } from './config';
import { SIGNING_PURPOSE } from './save';
import { generateSigningSecret } from './signature';
import { readStoredConfig, signingView, type SigningView } from './view';

const HOUR = 3_600_000;

export interface SecretDeps {
  db: Db;
  repo: IntegrationsRepository;
  vault: Vault;
  clock: Clock;
}

function load(deps: SecretDeps, id: string): { row: IntegrationRow; config: WebhookConfig } {
  const row = deps.repo.require(id, 'webhook');
  return { row, config: readStoredConfig(row.config) };
}

function withoutPrevious(config: WebhookConfig, vault: Vault): WebhookConfig {
  const previous = config.secrets[PREVIOUS_SIGNING_SECRET];
  if (previous === undefined) return { ...config, previousSecretExpiresAt: null };
  vault.delete(previous);
  const secrets = { ...config.secrets };
  delete secrets[PREVIOUS_SIGNING_SECRET];
  return { ...config, secrets, previousSecretExpiresAt: null };
}

/** A previous secret whose grace period is over leaves the vault the next time anyone looks. */
function purgeExpired(deps: SecretDeps, row: IntegrationRow, config: WebhookConfig): WebhookConfig {
  const expires = config.previousSecretExpiresAt;
  if (config.secrets[PREVIOUS_SIGNING_SECRET] === undefined || expires === null || expires > deps.clock.now()) {
    return config;
  }
  const next = withoutPrevious(config, deps.vault);
  deps.repo.update(row.id, { config: next });
  return next;
}

function requireSigning(config: WebhookConfig): string {
  const id = config.secrets[SIGNING_SECRET];
  if (id === undefined) throw new AppError('not_found', 'This webhook has no signing secret. Save it again.');
  return id;
}

/**
 * A new signing secret. The current one becomes the previous one and keeps signing for the grace
 * period, so the receiver can switch without losing a lead; an older previous secret is dropped.
 * With no grace period the old secret stops at once.
 */
export function rotateSecret(deps: SecretDeps, id: string): { signingSecret: string; signing: SigningView } {
  return deps.db.transaction(() => rotateIn(deps, id));
}

function rotateIn(deps: SecretDeps, id: string): { signingSecret: string; signing: SigningView } {
  const { row, config } = load(deps, id);
  const current = requireSigning(config);
  const now = deps.clock.now();
  const base = withoutPrevious(config, deps.vault);
  const fresh = generateSigningSecret();
  const freshId = deps.vault.put({ clientId: row.clientId, purpose: SIGNING_PURPOSE, secret: fresh });
  const secrets: Record<string, string> = { ...base.secrets, [SIGNING_SECRET]: freshId };
  const grace = config.rotationGraceHours * HOUR;
  if (grace > 0) secrets[PREVIOUS_SIGNING_SECRET] = current;
  else deps.vault.delete(current);
  const next: WebhookConfig = {
    ...base,
    secrets,
    rotatedAt: now,
    previousSecretExpiresAt: grace > 0 ? now + grace : null,
  };
  const updated = deps.repo.update(row.id, { config: next, credentialId: freshId });
  deps.repo.history.record('integration.keyReplaced', updated, [{ type: 'replaced', field: 'signingSecret' }], [fresh]);
  return { signingSecret: fresh, signing: signingView(next, deps.vault) };
}

export function revealSecret(deps: SecretDeps, id: string): { signingSecret: string; signing: SigningView } {
  const { row, config } = load(deps, id);
  const current = purgeExpired(deps, row, config);
  return { signingSecret: deps.vault.get(requireSigning(current)), signing: signingView(current, deps.vault) };
}

export function endRotation(deps: SecretDeps, id: string): { signing: SigningView } {
  const { row, config } = load(deps, id);
  const next = withoutPrevious(config, deps.vault);
  deps.repo.update(row.id, { config: next });
  return { signing: signingView(next, deps.vault) };
}

/** Every credential the integration holds, when it is deleted (the generic delete knows only one). */
export function deleteAllSecrets(vault: Vault, rawConfig: unknown): void {
  const parsed = readStoredConfigSafe(rawConfig);
  for (const credentialId of Object.values(parsed?.secrets ?? {})) vault.delete(credentialId);
}

function readStoredConfigSafe(raw: unknown): WebhookConfig | null {
  try {
    return readStoredConfig(raw);
  } catch {
    return null;
  }
}
