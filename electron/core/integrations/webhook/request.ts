import type { DispatchLead, HttpRequest } from '../connector';
import { headerSecretName, PREVIOUS_SIGNING_SECRET, SIGNING_SECRET, type WebhookConfig } from './config';
import { signatureHeaders } from './signature';
import { parseTemplate, renderBody } from './template';
import { templateRoot } from './template-values';

export const WEBHOOK_USER_AGENT = 'ZeroBadLeads-Webhook/1';

/** Sent, as "true", only with a test lead (docs/webhook-signing.md §1); reserved, so no user header replaces it. */
export const TEST_LEAD_HEADER = 'x-zbl-test';

export interface SignedRequest {
  method: WebhookConfig['method'];
  url: string;
  headers: Record<string, string>;
  body: string;
  /** How many signatures the request carries (2 during a rotation's grace period). */
  signatures: number;
}

/** Whether the previous secret still signs at `now`. */
export function inGracePeriod(config: WebhookConfig, now: number): boolean {
  return (
    config.secrets[PREVIOUS_SIGNING_SECRET] !== undefined &&
    config.previousSecretExpiresAt !== null &&
    now < config.previousSecretExpiresAt
  );
}

/**
 * The request for one lead: the rendered body, the user's headers (secret values from the vault)
 * and the Standard Webhooks headers. `webhook-id` is the dispatch id, so every retry of one lead
 * carries the same id and a receiver can drop duplicates; the timestamp is the moment of sending.
 */
export function buildSignedRequest(input: {
  config: WebhookConfig;
  lead: DispatchLead;
  dispatchId: string;
  now: number;
  secret: (name: string) => string;
}): SignedRequest {
  const { config, now } = input;
  const parsed = parseTemplate(config.bodyTemplate);
  // The config schema refuses a bad template, so this only guards against a caller skipping it.
  if (!parsed.ok) throw new Error(`webhook: invalid template: ${parsed.issues[0]?.message ?? ''}`);
  const body = renderBody(
    parsed.template,
    templateRoot({
      lead: input.lead,
      client: { id: input.lead.clientId, name: config.clientName },
      integrationId: config.integrationId,
      dispatchId: input.dispatchId,
    }),
  );
  const secrets = [input.secret(SIGNING_SECRET)];
  if (inGracePeriod(config, now)) secrets.push(input.secret(PREVIOUS_SIGNING_SECRET));
  const headers: Record<string, string> = {};
  if (!config.headers.some((h) => h.name.toLowerCase() === 'user-agent')) headers['user-agent'] = WEBHOOK_USER_AGENT;
  for (const h of config.headers) headers[h.name] = h.secret ? input.secret(headerSecretName(h.name)) : h.value;
  headers['content-type'] = 'application/json';
  // Lets a receiver route or drop test leads before parsing the body (whose `test` a template may leave out).
  if (input.lead.isTest) headers[TEST_LEAD_HEADER] = 'true';
  Object.assign(headers, signatureHeaders(secrets, input.dispatchId, Math.floor(now / 1000), body));
  return { method: config.method, url: config.url, headers, body, signatures: secrets.length };
}

export function toHttpRequest(req: SignedRequest, timeoutMs: number): HttpRequest {
  return { method: req.method, url: req.url, headers: req.headers, body: req.body, timeoutMs, label: 'deliver lead' };
}
