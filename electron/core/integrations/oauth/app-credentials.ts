import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { OAuthAppView, OAuthProvider } from '#contract/oauth';
import { AppError, fieldError } from '../../errors';
import type { Clock, Log, SecretCipher } from '../../ports';
import { maskHint } from '../../vault/vault';
import { isLoopbackHost, trimPasted } from '../shared/url';
import { providerSpec, redirectUriFor, type OAuthProviders, type OAuthProviderSpec } from './providers';

/**
 * The agency's OAuth apps, one per provider. They belong to the agency, not to a client, and the
 * vault's rows each belong to a client; so the client secret is sealed with the vault's own
 * cipher and kept in a small file in the data folder. It never reaches the renderer, a log or the
 * database in plain text.
 */

export const OAUTH_APPS_FILE = 'oauth-apps.json';

const sealedSchema = z.object({ backend: z.string(), sealed: z.string(), hint: z.string() });
const storedAppSchema = z.object({
  clientId: z.string().min(1),
  secret: sealedSchema.nullable(),
  redirectPort: z.number().int().nullable(),
  authorizeUrl: z.string().nullable(),
  tokenUrl: z.string().nullable(),
  updatedAt: z.number().int(),
});
type StoredApp = z.infer<typeof storedAppSchema>;
const fileSchema = z.record(z.string(), z.unknown());

/** What a sign-in or a refresh needs: the app's credentials and the endpoints in effect. */
export interface ResolvedOAuthApp {
  spec: OAuthProviderSpec;
  clientId: string;
  clientSecret: string;
  authorizeUrl: string;
  tokenUrl: string;
  redirectPort: number | null;
}

export interface SaveAppInput {
  provider: OAuthProvider;
  clientId: string;
  clientSecret?: string;
  redirectPort: number | null;
  authorizeUrl: string | null;
  tokenUrl: string | null;
}

function endpoint(raw: string | null, field: 'authorizeUrl' | 'tokenUrl'): string | null {
  if (raw === null || trimPasted(raw) === '') return null;
  const text = trimPasted(raw);
  const url = URL.canParse(text) ? new URL(text) : null;
  const ok =
    url !== null &&
    url.username === '' &&
    url.password === '' &&
    (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname)));
  if (!ok) {
    throw fieldError(
      'invalid_input',
      field,
      'invalid_url',
      'Enter an https:// address (plain http only for this computer), or leave it empty.',
    );
  }
  return url.toString();
}

export function createOAuthAppStore(deps: {
  dataDir: string;
  cipher: SecretCipher;
  clock: Clock;
  log: Log;
  providers: OAuthProviders;
}) {
  const { cipher, clock, log } = deps;
  const file = join(deps.dataDir, OAUTH_APPS_FILE);

  function readAll(): Record<string, unknown> {
    try {
      return fileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      return {};
    }
  }

  function writeAll(all: Record<string, unknown>): void {
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, file);
  }

  function stored(provider: OAuthProvider): StoredApp | null {
    const parsed = storedAppSchema.safeParse(readAll()[provider]);
    return parsed.success ? parsed.data : null;
  }

  function view(provider: OAuthProvider): OAuthAppView {
    const spec = providerSpec(deps.providers, provider);
    const app = stored(provider);
    const port = app?.redirectPort ?? null;
    return {
      provider,
      clientId: app?.clientId ?? null,
      clientSecret: { set: app?.secret != null, hint: app?.secret?.hint ?? null },
      redirectPort: port,
      redirectUri: redirectUriFor(port),
      authorizeUrl: app?.authorizeUrl ?? spec.authorizeUrl,
      tokenUrl: app?.tokenUrl ?? spec.tokenUrl,
      customEndpoints: app?.authorizeUrl != null || app?.tokenUrl != null,
      defaults: { authorizeUrl: spec.authorizeUrl, tokenUrl: spec.tokenUrl, scopes: [...spec.scopes] },
      updatedAt: app?.updatedAt ?? null,
    };
  }

  function requireCipher(): void {
    const reason = cipher.unavailableReason();
    if (reason) throw new AppError('vault_unavailable', reason);
  }

  return {
    view,
    views: (): OAuthAppView[] => [...deps.providers.keys()].map(view),
    /** What the app knows about `provider`'s authorisation server. */
    spec: (provider: OAuthProvider): OAuthProviderSpec => providerSpec(deps.providers, provider),

    save(input: SaveAppInput): OAuthAppView {
      const clientId = trimPasted(input.clientId);
      if (clientId === '' || /\s/.test(clientId)) {
        throw fieldError('invalid_input', 'clientId', 'empty', "Paste the app's client ID.");
      }
      const current = stored(input.provider);
      const typed = input.clientSecret === undefined ? '' : trimPasted(input.clientSecret);
      let secret = current?.secret ?? null;
      if (typed !== '') {
        requireCipher();
        log.redactValue(typed);
        secret = {
          backend: cipher.backend,
          sealed: cipher.encrypt(typed).toString('base64'),
          hint: maskHint(typed),
        };
      }
      if (secret === null) {
        throw fieldError('invalid_input', 'clientSecret', 'empty', "Paste the app's client secret.");
      }
      const next: StoredApp = {
        clientId,
        secret,
        redirectPort: input.redirectPort,
        authorizeUrl: endpoint(input.authorizeUrl, 'authorizeUrl'),
        tokenUrl: endpoint(input.tokenUrl, 'tokenUrl'),
        updatedAt: clock.now(),
      };
      writeAll({ ...readAll(), [input.provider]: next });
      log.info('oauth: app saved', { provider: input.provider, secretChanged: typed !== '' });
      return view(input.provider);
    },

    remove(provider: OAuthProvider): OAuthAppView {
      const all = readAll();
      delete all[provider];
      writeAll(all);
      log.info('oauth: app removed', { provider });
      return view(provider);
    },

    /** The app as a sign-in or a refresh uses it; explains what is missing otherwise. */
    resolve(provider: OAuthProvider): ResolvedOAuthApp {
      const spec = providerSpec(deps.providers, provider);
      const app = stored(provider);
      if (!app || app.secret === null) {
        throw new AppError(
          'invalid_input',
          `Enter your ${spec.label} app's client ID and client secret in Settings → Connected apps first.`,
          { reason: 'oauth_app_missing', provider },
        );
      }
      requireCipher();
      let clientSecret: string;
      try {
        clientSecret = cipher.decrypt(Buffer.from(app.secret.sealed, 'base64'));
      } catch (err) {
        throw new AppError('vault_unavailable', err instanceof Error ? err.message : String(err));
      }
      log.redactValue(clientSecret);
      return {
        spec,
        clientId: app.clientId,
        clientSecret,
        authorizeUrl: app.authorizeUrl ?? spec.authorizeUrl,
        tokenUrl: app.tokenUrl ?? spec.tokenUrl,
        redirectPort: app.redirectPort,
      };
    },
  };
}

export type OAuthAppStore = ReturnType<typeof createOAuthAppStore>;
