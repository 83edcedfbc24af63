import { acConfigInputSchema } from '#contract/activecampaign';
import {
  integrationStatuses,
  integrationTypes,
  type IntegrationStatus,
  type IntegrationSummary,
} from '#contract/integration-common';
import { type IntegrationDetail } from '#contract/integrations';
import { dispatchFilterSchema } from '#contract/dispatch';
import { AppError } from '../errors';
import type { Vault } from '../vault/vault';
import { integrationSecretIds } from './credentials';
import { hubspotConfigView } from './hubspot/view';
import { pipedriveConfigView } from './pipedrive/config';
import type { IntegrationRow } from './repository';
import { webhookConfigView } from './webhook/view';

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

export function toDetail(row: IntegrationRow, vault: Vault): IntegrationDetail {
  const summary = toSummary(row, vault);
  if (summary.type === 'webhook') return { ...summary, type: 'webhook', config: webhookConfigView(row.config, vault) };
  if (summary.type === 'hubspot') return { ...summary, type: 'hubspot', config: hubspotConfigView(row.config) };
  if (summary.type === 'pipedrive') return { ...summary, type: 'pipedrive', config: pipedriveConfigView(row.config) };
  if (summary.type !== 'activecampaign') {
    throw new AppError('invalid_input', 'This kind of integration cannot be opened in this version.');
  }
  return { ...summary, type: 'activecampaign', config: acConfigInputSchema.parse(row.config) };
}

/** The detail of a row known to be of `type` (a save of that type answers its own kind). */
export function toDetailOf<T extends IntegrationDetail['type']>(
  type: T,
  row: IntegrationRow,
  vault: Vault,
): Extract<IntegrationDetail, { type: T }> {
  const detail = toDetail(row, vault);
  if (detail.type !== type) throw new Error(`integrations: ${row.id} is ${detail.type}, not ${type}`);
  return detail as Extract<IntegrationDetail, { type: T }>;
}
