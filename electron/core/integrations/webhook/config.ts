import { z } from 'zod';
import {
  HEADER_NAME_PATTERN,
  HEADER_VALUE_PATTERN,
  reservedWebhookHeaders,
  WEBHOOK_GRACE_DEFAULT_HOURS,
  WEBHOOK_GRACE_MAX_HOURS,
  WEBHOOK_HEADER_VALUE_MAX,
  WEBHOOK_HEADERS_MAX,
  WEBHOOK_TEMPLATE_MAX,
  WEBHOOK_TIMEOUT_DEFAULT_MS,
  WEBHOOK_TIMEOUT_MAX_MS,
  WEBHOOK_TIMEOUT_MIN_MS,
  webhookMethods,
} from '#contract/webhook';
import { integrationNameSchema } from '#contract/integration-common';
import { parseTemplate } from './template';

/** Secret names in `config.secrets` (name → vault credential id), as `SendContext.secret()` reads them. */
export const SIGNING_SECRET = 'signingSecret';
export const PREVIOUS_SIGNING_SECRET = 'previousSigningSecret';
export function headerSecretName(headerName: string): string {
  return `header:${headerName.toLowerCase()}`;
}

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

const LOOPBACK_NAMES = new Set(['localhost', '[::1]']);

function isLoopback(hostname: string): boolean {
  return LOOPBACK_NAMES.has(hostname.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** https anywhere; plain http only to this machine (a receiver under development). */
export function checkWebhookUrl(raw: string): UrlCheck {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (!URL.canParse(text)) return { ok: false, reason: 'invalid_url' };
  const url = new URL(text);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'invalid_url' };
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) return { ok: false, reason: 'insecure_http' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials_in_url' };
  if (url.hash !== '') return { ok: false, reason: 'fragment' };
  return { ok: true, url: url.toString() };
}

export const URL_MESSAGES: Record<string, string> = {
  empty: 'Enter the URL that should receive the leads.',
  invalid_url: 'This is not a valid http(s) URL.',
  insecure_http: 'Use https: plain http is only allowed to this computer (localhost or 127.0.0.1).',
  credentials_in_url: 'Do not put a user name or password in the URL; add an Authorization header marked secret.',
  fragment: 'Remove the part after "#": it is never sent to the server.',
};

/** The log redactor masks known secret values from this length on (shorter ones would mask ordinary words). */
export const SECRET_VALUE_MIN = 6;

export const HEADER_MESSAGES: Record<string, string> = {
  invalid_name: 'Header names use letters, digits and - only (no spaces).',
  reserved: 'The app sets this header itself.',
  duplicate: 'This header is listed twice.',
  invalid_value: 'Header values must be plain text on one line.',
  required: 'Enter the value of this secret header.',
  too_short: `A secret value needs at least ${SECRET_VALUE_MIN} characters, so it can be masked in every log.`,
};

const RESERVED: ReadonlySet<string> = new Set(reservedWebhookHeaders);

export function headerNameIssue(name: string): string | null {
  if (!HEADER_NAME_PATTERN.test(name)) return 'invalid_name';
  if (RESERVED.has(name.toLowerCase())) return 'reserved';
  return null;
}

export function headerValueIssue(value: string): string | null {
  return HEADER_VALUE_PATTERN.test(value) && value.length <= WEBHOOK_HEADER_VALUE_MAX ? null : 'invalid_value';
}

const storedHeaderSchema = z.union([
  z.object({ name: z.string(), secret: z.literal(false), value: z.string() }),
  /** The value is in the vault under `config.secrets[headerSecretName(name)]`. */
  z.object({ name: z.string(), secret: z.literal(true) }),
]);
export type StoredHeader = z.infer<typeof storedHeaderSchema>;

const storedConfigSchema = z.object({
  name: integrationNameSchema,
  url: z.string(),
  method: z.enum(webhookMethods),
  timeoutMs: z
    .number()
    .int()
    .min(WEBHOOK_TIMEOUT_MIN_MS)
    .max(WEBHOOK_TIMEOUT_MAX_MS)
    .default(WEBHOOK_TIMEOUT_DEFAULT_MS),
  headers: z.array(storedHeaderSchema).max(WEBHOOK_HEADERS_MAX).default([]),
  bodyTemplate: z.string().min(1).max(WEBHOOK_TEMPLATE_MAX),
  rotationGraceHours: z.number().int().min(0).max(WEBHOOK_GRACE_MAX_HOURS).default(WEBHOOK_GRACE_DEFAULT_HOURS),
  /** For `{{integration.id}}`: the connector is not told which integration it sends for. */
  integrationId: z.string().default(''),
  /** The client's name for `{{client.name}}`, kept current when the client is renamed. */
  clientName: z.string().default(''),
  secrets: z.record(z.string(), z.string()).default({}),
  rotatedAt: z.number().int().nullable().default(null),
  /** Until then, requests also carry a signature made with the previous secret. */
  previousSecretExpiresAt: z.number().int().nullable().default(null),
});

/** The stored document's shape only, for reading it back into the interface. */
export const storedWebhookConfigSchema = storedConfigSchema;

/**
 * The webhook integration's config document (`integrations.config`). The dispatch engine parses
 * it with this schema before every send, so a document edited behind the app's back cannot send
 * to a plain-http host or override the signature headers.
 */
export const webhookConfigSchema = storedConfigSchema.superRefine((config, ctx) => {
  const url = checkWebhookUrl(config.url);
  if (!url.ok) ctx.addIssue({ code: 'custom', path: ['url'], message: url.reason });
  const seen = new Set<string>();
  config.headers.forEach((h, i) => {
    const nameIssue = headerNameIssue(h.name) ?? (seen.has(h.name.toLowerCase()) ? 'duplicate' : null);
    if (nameIssue) ctx.addIssue({ code: 'custom', path: ['headers', i, 'name'], message: nameIssue });
    seen.add(h.name.toLowerCase());
    if (!h.secret && headerValueIssue(h.value)) {
      ctx.addIssue({ code: 'custom', path: ['headers', i, 'value'], message: 'invalid_value' });
    }
  });
  const template = parseTemplate(config.bodyTemplate);
  if (!template.ok) {
    for (const issue of template.issues) {
      ctx.addIssue({ code: 'custom', path: ['bodyTemplate', ...issue.path], message: issue.reason });
    }
  }
});

export type WebhookConfig = z.output<typeof webhookConfigSchema>;
