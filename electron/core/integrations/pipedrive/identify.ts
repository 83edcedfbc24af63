import { ConnectorError } from '../connector';
import type { OAuthBundle } from '../oauth/bundle';
import type { IdentifyAccount } from '../oauth/flows';
import type { FetchFn } from '../oauth/token-endpoint';
import { userSchema } from './wire';

/**
 * Which company and user a fresh OAuth token belongs to: `GET /api/v1/users/me` (docs/crm/pipedrive.md §3, scope
 * `base`), whose company domain becomes the integration's API address. Plain fetch, never
 * recorded: it runs before any integration exists.
 */
export function identifyPipedriveAccount(fetchFn: FetchFn, apiUrl: string): IdentifyAccount {
  return async (tokens) => {
    let body: unknown;
    let status: number;
    try {
      const res = await fetchFn(`${apiUrl}/api/v1/users/me`, {
        method: 'GET',
        headers: { accept: 'application/json', authorization: `Bearer ${tokens.accessToken}` },
        redirect: 'manual',
        signal: AbortSignal.timeout(20_000),
      });
      status = res.status;
      body = res.ok ? await res.json() : null;
    } catch (err) {
      throw new ConnectorError('transient', 'Pipedrive did not describe the connected account; try again.', {
        cause: err,
      });
    }
    const user = userSchema.safeParse((body as { data?: unknown } | null)?.data);
    if (!user.success) {
      throw new ConnectorError('transient', `Pipedrive did not describe the connected account (HTTP ${status}).`, {
        status,
      });
    }
    const account: OAuthBundle['account'] = {
      id: user.data.company_id,
      domain: user.data.company_domain ?? null,
      user: user.data.email ?? null,
    };
    return { account };
  };
}
