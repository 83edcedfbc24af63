import { isKnownPlaceholder, lookup, suggestPlaceholder, type JsonValue } from './template-values';

/**
 * Body templates are JSON documents whose string leaves may hold `{{lead.email}}` placeholders.
 * The template is parsed, values are put into the parsed structure, and the result is serialised
 * with JSON.stringify: whatever a lead contains (quotes, backslashes, line breaks, any Unicode),
 * it can only ever be a string's content, never JSON syntax. Keys are never rendered.
 *
 * A string that is exactly one placeholder takes the value's own JSON type (`"{{score}}"` → 82,
 * `"{{lead.utm}}"` → an object, a missing value → null); a placeholder inside other text is
 * written as text (a missing value as nothing).
 */

export const DEFAULT_TEMPLATE = `{
  "type": "lead.qualified",
  "timestamp": "{{lead.receivedAt}}",
  "data": {
    "dispatchId": "{{dispatch.id}}",
    "integrationId": "{{integration.id}}",
    "client": { "id": "{{client.id}}", "name": "{{client.name}}" },
    "score": "{{score}}",
    "scoreRange": "{{scoreRange}}",
    "qualified": "{{qualified}}",
    "test": "{{lead.isTest}}",
    "lead": "{{lead}}"
  }
}`;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const WHOLE = /^\{\{\s*([^{}]*?)\s*\}\}$/;
const MAX_DEPTH = 20;

export type TemplatePath = Array<string | number>;

export interface TemplateIssue {
  path: TemplatePath;
  reason: 'invalid_json' | 'not_object' | 'unknown_placeholder' | 'placeholder_in_key' | 'too_deep';
  message: string;
}

export type ParsedTemplate = { ok: true; template: JsonValue } | { ok: false; issues: TemplateIssue[] };

function check(value: JsonValue, path: TemplatePath, issues: TemplateIssue[]): void {
  if (path.length > MAX_DEPTH) {
    issues.push({ path, reason: 'too_deep', message: `Templates may nest at most ${MAX_DEPTH} levels.` });
    return;
  }
  if (typeof value === 'string') {
    for (const match of value.matchAll(PLACEHOLDER)) {
      const name = match[1] ?? '';
      if (!isKnownPlaceholder(name)) {
        const suggestion = suggestPlaceholder(name);
        const hint = suggestion ? ` Did you mean {{${suggestion}}}?` : '';
        issues.push({ path, reason: 'unknown_placeholder', message: `Unknown placeholder {{${name}}}.${hint}` });
      }
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => check(item, [...path, i], issues));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (/\{\{[^{}]*\}\}/.test(key)) {
      issues.push({
        path: [...path, key],
        reason: 'placeholder_in_key',
        message: 'Placeholders go in values, not in names.',
      });
    }
    check(item, [...path, key], issues);
  }
}

/** Parses and checks a template: valid JSON, an object or array at the top, only known placeholders. */
export function parseTemplate(text: string): ParsedTemplate {
  let template: JsonValue;
  try {
    template = JSON.parse(text) as JsonValue;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, issues: [{ path: [], reason: 'invalid_json', message: `This is not valid JSON: ${why}` }] };
  }
  if (template === null || typeof template !== 'object') {
    return {
      ok: false,
      issues: [{ path: [], reason: 'not_object', message: 'The body must be a JSON object or array.' }],
    };
  }
  const issues: TemplateIssue[] = [];
  check(template, [], issues);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, template };
}

function asText(value: JsonValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function renderValue(value: JsonValue, root: { [key: string]: JsonValue }): JsonValue {
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value);
    if (whole) return lookup(root, whole[1] ?? '');
    return value.replace(PLACEHOLDER, (_m, name: string) => asText(lookup(root, name)));
  }
  if (Array.isArray(value)) return value.map((item) => renderValue(item, root));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: JsonValue } = {};
  // A "__proto__" key from JSON.parse is an own key; plain assignment would set the prototype instead.
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(out, key, { value: renderValue(item, root), enumerable: true, writable: true });
  }
  return out;
}

/** The request body for one lead, as the exact text that is signed and sent. */
export function renderBody(template: JsonValue, root: { [key: string]: JsonValue }): string {
  return JSON.stringify(renderValue(template, root));
}
