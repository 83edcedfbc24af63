import type { IntegrationRow, IntegrationsRepository } from '../repository';

/**
 * A HubSpot or Pipedrive save in the client's history: a typed token or a new sign-in replaces the
 * connection's key (recorded as replaced, the token masked); keeping the stored one replaces nothing.
 */
export function recordSave(
  repo: IntegrationsRepository,
  existing: IntegrationRow | null,
  saved: IntegrationRow,
  credential: { kind: 'keep' } | { kind: 'token'; token: string } | { kind: 'oauth' },
): void {
  if (credential.kind === 'keep') {
    repo.history.saved(existing, saved);
    return;
  }
  const secrets = credential.kind === 'token' ? [credential.token] : [];
  repo.history.saved(existing, saved, [{ field: credential.kind === 'token' ? 'token' : 'connection' }], secrets);
}
