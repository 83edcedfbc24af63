import {
  integrationStatuses,
  integrationTypes,
  type IntegrationStatus,
  type IntegrationSummary,
  type IntegrationType,
} from '#contract/integration-common';
import { type IntegrationDetail } from '#contract/integrations';
import { dispatchFilterSchema } from '#contract/dispatch';
import { AppError } from '../errors';
import type { Vault } from '../vault/vault';
import type { AnyConnectorModule, ConfigViewOf } from './connector-module';
import { integrationSecretIds } from './credentials';
import type { IntegrationRow } from './repository';

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** All the renderer learns about the credential: set or not, and a masked hint (or the account). */
export function credentialState(
  vault: Vault,
  credentialId: string | null,
  signedIn = false,
  otherSecrets: readonly string[] = [],
): { set: boolean; hint: string | null; signedIn: boolean; unreadable: boolean } {
  const unreadable = otherSecrets.some((id) => !vault.readable(id));
  if (credentialId === null) return { set: false, hint: null, signedIn: false, unreadable };
  const info = vault.describe(credentialId);
  return { set: info.set, hint: info.hint, signedIn, unreadable: unreadable || info.unreadable };
}

export function toSummary(row: IntegrationRow, vault: Vault): IntegrationSummary {
  if (!isOneOf(integrationTypes, row.type)) throw new Error(`integrations: unknown type ${row.type}`);
  const status: IntegrationStatus = isOneOf(integrationStatuses, row.status) ? row.status : 'needs_attention';
  return {
    id: row.id,
    clientId: row.clientId,
    type: row.type,
    name: row.name,
    status,
    statusReason: row.statusReason,
    credential: credentialState(
      vault,
      row.credentialId,
      row.config.auth === 'oauth',
      integrationSecretIds(null, row.config),
    ),
    filters: row.filters ? (dispatchFilterSchema.safeParse(row.filters).data ?? null) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The detail of an integration whose settings the caller has turned into the renderer's view. */
export function detailOf<T extends IntegrationType>(
  type: T,
  row: IntegrationRow,
  vault: Vault,
  config: ConfigViewOf<T>,
): Extract<IntegrationDetail, { type: T }> {
  const summary = toSummary(row, vault);
  if (summary.type !== type) throw new Error(`integrations: ${row.id} is ${summary.type}, not ${type}`);
  return { ...summary, type, config } as Extract<IntegrationDetail, { type: T }>;
}

export type DetailView = (row: IntegrationRow) => IntegrationDetail;

/** Opens any integration with the view of its own connector module. */
export function detailView(modules: readonly AnyConnectorModule[], vault: Vault): DetailView {
  return (row) => {
    const module = modules.find((m) => m.type === row.type);
    if (!module) throw new AppError('invalid_input', 'This kind of integration cannot be opened in this version.');
    return detailOf(module.type, row, vault, module.view(row, vault));
  };
}
