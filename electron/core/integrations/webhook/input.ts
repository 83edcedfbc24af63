import type { FieldIssue } from '#contract/envelope';
import type { webhookConfigInputSchema } from '#contract/webhook';
import type { z } from 'zod';
import { AppError } from '../../errors';
import {
  checkWebhookUrl,
  headerNameIssue,
  headerSecretName,
  headerValueIssue,
  HEADER_MESSAGES,
  SECRET_VALUE_MIN,
  URL_MESSAGES,
} from './config';
import { DEFAULT_TEMPLATE, parseTemplate } from './template';

export type WebhookConfigInputParsed = z.output<typeof webhookConfigInputSchema>;

/** The wizard's form, checked: canonical URL, headers with their secret values, a usable template. */
export interface CheckedInput {
  name: string;
  url: string;
  method: WebhookConfigInputParsed['method'];
  timeoutMs: number;
  rotationGraceHours: number;
  bodyTemplate: string;
  headers: Array<{ name: string; secret: boolean; value: string | undefined }>;
}

/**
 * Checks the form against everything the connector will require, reporting each problem on its
 * field. `storedSecrets` (the saved integration's) says which secret headers may be left blank.
 */
export function checkInput(
  input: WebhookConfigInputParsed,
  storedSecrets: Readonly<Record<string, string>>,
  at: string[] = ['config'],
): CheckedInput {
  const issues: FieldIssue[] = [];
  const add = (path: Array<string | number>, reason: string, message: string): void => {
    issues.push({ path: [...at, ...path], reason, message });
  };
  const url = checkWebhookUrl(input.url);
  if (!url.ok) add(['url'], url.reason, URL_MESSAGES[url.reason] ?? url.reason);

  const seen = new Set<string>();
  const headers = input.headers.map((h, i) => {
    const name = h.name.trim();
    const nameIssue = headerNameIssue(name) ?? (seen.has(name.toLowerCase()) ? 'duplicate' : null);
    if (nameIssue) add(['headers', i, 'name'], nameIssue, HEADER_MESSAGES[nameIssue] ?? nameIssue);
    seen.add(name.toLowerCase());
    const value = h.value === undefined || (h.secret && h.value === '') ? undefined : h.value;
    if (value !== undefined && headerValueIssue(value)) {
      add(['headers', i, 'value'], 'invalid_value', HEADER_MESSAGES.invalid_value ?? '');
    } else if (h.secret && value !== undefined && value.length < SECRET_VALUE_MIN) {
      add(['headers', i, 'value'], 'too_short', HEADER_MESSAGES.too_short ?? '');
    }
    if (h.secret && value === undefined && storedSecrets[headerSecretName(name)] === undefined) {
      add(['headers', i, 'value'], 'required', HEADER_MESSAGES.required ?? '');
    }
    return { name, secret: h.secret, value: value ?? (h.secret ? undefined : '') };
  });

  const bodyTemplate = input.bodyTemplate.trim() === '' ? DEFAULT_TEMPLATE : input.bodyTemplate;
  const template = parseTemplate(bodyTemplate);
  if (!template.ok) {
    for (const issue of template.issues) add(['bodyTemplate', ...issue.path], issue.reason, issue.message);
  }
  if (issues.length > 0) {
    throw new AppError('invalid_input', 'Some settings of the webhook are not valid.', { issues });
  }
  return {
    name: input.name,
    url: url.ok ? url.url : input.url,
    method: input.method,
    timeoutMs: input.timeoutMs,
    rotationGraceHours: input.rotationGraceHours,
    bodyTemplate,
    headers,
  };
}
