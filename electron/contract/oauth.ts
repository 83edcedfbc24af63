import { z } from 'zod';

/**
 * The agency's own OAuth apps (Settings), one per provider. The client secret is sealed like any
 * other secret and never travels back: the renderer only learns whether it is set and a hint.
 * Authorisation happens in the system browser with a loopback redirect (RFC 8252).
 */

export const oauthProviders = ['hubspot', 'pipedrive'] as const;
export type OAuthProvider = (typeof oauthProviders)[number];
export const oauthProviderSchema = z.enum(oauthProviders);

export const oauthFlowIdSchema = z.uuid();

/** Kept here rather than imported, so this file stays free of import cycles with the integrations contract. */
const secretStateSchema = z.object({ set: z.boolean(), hint: z.string().nullable() });

/** Empty text means "use the provider's default"; anything else must be an http(s) URL. */
const endpointOverrideSchema = z
  .string()
  .max(500)
  .transform((s) => s.trim())
  .nullable()
  .default(null);

export const oauthAppViewSchema = z.object({
  provider: oauthProviderSchema,
  /** Null until the agency enters its app's client id. */
  clientId: z.string().nullable(),
  clientSecret: secretStateSchema,
  /** A fixed loopback port for providers that want the exact redirect URL registered; null picks a free one. */
  redirectPort: z.number().int().nullable(),
  /** What to register in the provider's app settings as the redirect URL. */
  redirectUri: z.string(),
  authorizeUrl: z.string(),
  tokenUrl: z.string(),
  /** True when the endpoints differ from the provider's own (a sandbox or a test server). */
  customEndpoints: z.boolean(),
  defaults: z.object({ authorizeUrl: z.string(), tokenUrl: z.string(), scopes: z.array(z.string()) }),
  updatedAt: z.number().int().nullable(),
});
export type OAuthAppView = z.infer<typeof oauthAppViewSchema>;

export const oauthChannels = {
  'oauth:apps': {
    input: z.object({}).default({}),
    output: z.array(oauthAppViewSchema),
  },
  /** An empty or missing secret keeps the stored one. */
  'oauth:saveApp': {
    input: z.object({
      provider: oauthProviderSchema,
      clientId: z.string().max(200),
      clientSecret: z.string().max(500).optional(),
      redirectPort: z.number().int().min(1024).max(65535).nullable().default(null),
      authorizeUrl: endpointOverrideSchema,
      tokenUrl: endpointOverrideSchema,
    }),
    output: oauthAppViewSchema,
  },
  'oauth:deleteApp': {
    input: z.object({ provider: oauthProviderSchema }),
    output: oauthAppViewSchema,
  },
  /** Stops waiting for a browser sign-in (the wizard was closed); its loopback port closes. */
  'oauth:cancel': {
    input: z.object({ flowId: oauthFlowIdSchema }),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;

/** What starting a browser sign-in answers; shared by every provider's `<provider>:startOAuth`. */
export const oauthStartOutputSchema = z.object({
  flowId: oauthFlowIdSchema,
  authorizeUrl: z.string(),
  redirectUri: z.string(),
  /** True when the host opened the system browser itself; otherwise the page opens `authorizeUrl`. */
  openedExternally: z.boolean(),
  expiresAt: z.number().int(),
});
