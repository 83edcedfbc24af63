import { ConnectorError } from '../connector';
import type { AccessTokenOptions, OAuthTokenService, OAuthTokenSource } from './tokens';

/**
 * Connectors are registered once per process while each core has its own vault; this hands a
 * token request to the core whose vault holds the credential. Credential ids are random UUIDs,
 * so at most one core ever owns one.
 */
export class OAuthTokenRouter implements OAuthTokenSource {
  private readonly services = new Set<OAuthTokenService>();

  attach(service: OAuthTokenService): () => void {
    this.services.add(service);
    return () => this.services.delete(service);
  }

  private owner(credentialId: string): OAuthTokenService | undefined {
    for (const service of [...this.services]) {
      try {
        if (service.owns(credentialId)) return service;
      } catch {
        // A closed core (its database is gone): it will never own anything again.
        this.services.delete(service);
      }
    }
    return undefined;
  }

  accessToken(credentialId: string, options?: AccessTokenOptions): Promise<string> {
    const service = this.owner(credentialId);
    if (!service) {
      return Promise.reject(
        new ConnectorError('auth', 'The stored connection no longer exists. Connect the account again.', {
          details: { reason: 'oauth_reconnect' },
        }),
      );
    }
    return service.accessToken(credentialId, options);
  }
}

/** The process's router; each core attaches its token service when it starts. */
export const sharedOAuthTokens = new OAuthTokenRouter();
