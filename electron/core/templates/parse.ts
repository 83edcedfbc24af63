import {
  clientTemplateSchema,
  TEMPLATE_FORMAT,
  TEMPLATE_MAX_BYTES,
  TEMPLATE_VERSION,
  type ClientTemplate,
  type TemplateRefusal,
} from '#contract/templates';
import { AppError } from '../errors';
import { toFieldIssues } from '../rpc/dispatch';

function refuse(reason: TemplateRefusal, message: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError('invalid_input', message, { reason, ...extra });
}

/**
 * Reads a template file's text. The checks go from the outside in, so the answer names the first
 * thing that is wrong: not JSON, not a template at all, a version this app does not know, then
 * each field that breaks the format (its path and why).
 */
export function parseTemplate(text: string): ClientTemplate {
  if (Buffer.byteLength(text) > TEMPLATE_MAX_BYTES) throw refuse('too_big', 'This file is too large to be a template.');
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw refuse('not_json', `This file is not JSON: ${err instanceof Error ? err.message : String(err)}.`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('format' in raw)) {
    throw refuse('not_a_template', 'This file is not a Zero Bad Leads client template.');
  }
  const { format, version } = raw as { format: unknown; version: unknown };
  if (format !== TEMPLATE_FORMAT) {
    throw refuse('not_a_template', 'This file is not a Zero Bad Leads client template.');
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > TEMPLATE_VERSION) {
    throw refuse(
      'newer_version',
      `This template was made by a newer version of the app (format ${version}; this one reads up to ${TEMPLATE_VERSION}). Update the app to import it.`,
      { version, supported: TEMPLATE_VERSION },
    );
  }
  const parsed = clientTemplateSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error);
    const first = issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    throw refuse(
      'invalid',
      `This template has been changed by hand and is not valid${where}: ${first?.message ?? ''}`,
      {
        issues,
      },
    );
  }
  return parsed.data;
}

/** The file's text, as written by the export: stable key order, two-space indentation. */
export function serializeTemplate(template: ClientTemplate): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}
