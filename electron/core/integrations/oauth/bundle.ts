import { z } from 'zod';
import { oauthProviders, type OAuthProvider } from '#contract/oauth';

/**
 * What one OAuth connection keeps in the vault, as one sealed secret: the tokens, when the access
 * token expires, and which app and token endpoint issued them (a refresh must go back to the same
 * ones). `id` is the vault credential's own id, so whoever holds the bundle can ask for a refresh.
 */
export const oauthBundleSchema = z.object({
  v: z.literal(1),
  id: z.string(),
  provider: z.enum(oauthProviders),
  clientId: z.string(),
  tokenUrl: z.string(),
  accessToken: z.string().min(1),
  refreshToken: z.string().nullable(),
  expiresAt: z.number().nullable(),
  scopes: z.array(z.string()),
  /** The remote account, as the provider described it when the connection was made. */
  account: z.object({ id: z.string().nullable(), domain: z.string().nullable(), user: z.string().nullable() }),
});
export type OAuthBundle = z.infer<typeof oauthBundleSchema>;

export function oauthPurpose(provider: OAuthProvider): string {
  return `${provider}:oauth`;
}

/** How the user recognises a connection: the signed-in user, else the account's domain or id. */
export function accountHint(bundle: OAuthBundle): string {
  const { user, domain, id } = bundle.account;
  return (user ?? domain ?? id ?? bundle.provider).slice(0, 80);
}

export function serializeBundle(bundle: OAuthBundle): string {
  return JSON.stringify(bundle);
}

export function parseBundle(secret: string): OAuthBundle | null {
  try {
    const parsed = oauthBundleSchema.safeParse(JSON.parse(secret));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
