import { HEADER_NAME_PATTERN, HEADER_VALUE_PATTERN, reservedWebhookHeaders, WEBHOOK_HEADER_VALUE_MAX } from '#contract';
import type { HeaderRow, WebhookDraft } from './draft';

/**
 * The same rules the core applies on save, checked as the user types so "Next" can say what is
 * missing. The core stays the authority: its answer on save is what counts.
 */

export type UrlProblem = 'empty' | 'invalid_url' | 'insecure_http' | 'credentials_in_url' | 'fragment';
export type HeaderProblem = 'invalid_name' | 'reserved' | 'duplicate' | 'invalid_value' | 'required' | 'too_short';

/** As the core: the log redactor masks secret values from this length on. */
const SECRET_VALUE_MIN = 6;

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export function urlProblem(raw: string): UrlProblem | null {
  const text = raw.trim();
  if (text === '') return 'empty';
  if (!URL.canParse(text)) return 'invalid_url';
  const url = new URL(text);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'invalid_url';
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) return 'insecure_http';
  if (url.username !== '' || url.password !== '') return 'credentials_in_url';
  if (url.hash !== '') return 'fragment';
  return null;
}

const RESERVED: ReadonlySet<string> = new Set(reservedWebhookHeaders);

export function headerProblems(rows: HeaderRow[]): Array<{ name: HeaderProblem | null; value: HeaderProblem | null }> {
  const seen = new Set<string>();
  return rows.map((row) => {
    const name = row.name.trim();
    const key = name.toLowerCase();
    let nameProblem: HeaderProblem | null = null;
    if (!HEADER_NAME_PATTERN.test(name)) nameProblem = 'invalid_name';
    else if (RESERVED.has(key)) nameProblem = 'reserved';
    else if (seen.has(key)) nameProblem = 'duplicate';
    seen.add(key);
    let valueProblem: HeaderProblem | null = null;
    if (!HEADER_VALUE_PATTERN.test(row.value) || row.value.length > WEBHOOK_HEADER_VALUE_MAX) {
      valueProblem = 'invalid_value';
    } else if (row.secret && row.value === '' && row.hint === null) {
      valueProblem = 'required';
    } else if (row.secret && row.value !== '' && row.value.length < SECRET_VALUE_MIN) {
      valueProblem = 'too_short';
    }
    return { name: nameProblem, value: valueProblem };
  });
}

export function endpointComplete(draft: WebhookDraft): boolean {
  return (
    draft.name.trim() !== '' &&
    urlProblem(draft.url) === null &&
    headerProblems(draft.headers).every((p) => p.name === null && p.value === null)
  );
}
