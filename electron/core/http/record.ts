import type { RecordedCall } from '#contract';
import { isSecretKey, REDACTED, Redactor } from '../lib/redact';
import type { HttpRequest, TokenRenewal } from './types';

/** The attempt keeps one response excerpt of at most 4 KB; each call in its timeline keeps 1 KB. */
export const RESPONSE_EXCERPT_BYTES = 4096;
export const CALL_EXCERPT_BYTES = 1024;
/** A connector in a loop must not turn one attempt row into megabytes. */
export const MAX_RECORDED_CALLS = 50;
const MAX_NOTES = 50;

/** Cuts at a byte budget without splitting a UTF-8 sequence; the marker counts within the budget. */
export function truncateUtf8(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  const marker = '…';
  const budget = maxBytes - Buffer.byteLength(marker);
  let cut = bytes.subarray(0, Math.max(0, budget)).toString('utf8');
  // A split multi-byte character decodes as U+FFFD; drop it rather than store garbage.
  while (cut.endsWith('\uFFFD')) cut = cut.slice(0, -1);
  return cut + marker;
}

export function redactUrl(raw: string, redactor: Redactor): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = REDACTED;
    for (const key of [...url.searchParams.keys()]) {
      if (isSecretKey(key)) url.searchParams.set(key, REDACTED);
    }
    return redactor.text(url.toString());
  } catch {
    return redactor.text(raw);
  }
}

/** An Authorization value's scheme ("Bearer", "Basic", "Token") is not secret; what follows it is. */
function credentialOf(value: string): string {
  const spaced = /^\s*[A-Za-z][\w-]*\s+(\S.*)$/.exec(value);
  return (spaced?.[1] ?? value).trim();
}

/**
 * The credentials a request carries in secret-named headers and query parameters. Whatever source
 * a connector took them from (the vault, a renewed OAuth token), once they go on the wire the
 * remote may echo them, so the attempt must know them by value.
 */
export function credentialsSent(req: HttpRequest): string[] {
  const found: string[] = [];
  for (const [k, v] of Object.entries(req.headers ?? {})) if (isSecretKey(k)) found.push(credentialOf(v));
  try {
    for (const [k, v] of new URL(req.url).searchParams) if (isSecretKey(k)) found.push(v);
  } catch {
    // Not a URL the client could send either; nothing to learn from it.
  }
  return found.filter((v) => v !== '');
}

export function redactHeaders(headers: Record<string, string> | undefined, redactor: Redactor): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) out[k] = isSecretKey(k) ? REDACTED : redactor.text(v);
  return out;
}

function redactBody(req: HttpRequest, redactor: Redactor): unknown {
  if (req.json !== undefined) return redactor.value(req.json);
  if (req.body === undefined) return null;
  try {
    return redactor.value(JSON.parse(req.body) as unknown);
  } catch {
    return truncateUtf8(redactor.text(req.body), CALL_EXCERPT_BYTES);
  }
}

export interface CallOutcome {
  status: number | null;
  durationMs: number;
  responseHeaders: Record<string, string>;
  responseText: string | null;
  error: RecordedCall['error'];
}

/**
 * Everything one attempt did on the wire, already redacted: a secret never reaches the database,
 * whether it sits in a header, a query string, a JSON body or is echoed back by the remote.
 */
export class AttemptRecorder {
  readonly calls: RecordedCall[] = [];
  readonly notes: string[] = [];
  /** The last answer, kept larger than the per-call excerpts because it usually explains the outcome. */
  last: { status: number | null; headers: Record<string, string>; excerpt: string | null } | null = null;
  private dropped = 0;

  /** `onSecret` hears every value learnt, so the log file masks it as well as the attempt row. */
  constructor(
    readonly redactor: Redactor = new Redactor(),
    private readonly onSecret: (value: string) => void = () => undefined,
  ) {}

  /** Masks `value` wherever it appears from now on: in this attempt's record and in the log. */
  addSecret(value: string): void {
    this.redactor.addValue(value);
    this.onSecret(value);
  }

  note(text: string): void {
    if (this.notes.length < MAX_NOTES) this.notes.push(this.redactor.text(text));
  }

  record(req: HttpRequest, outcome: CallOutcome): void {
    for (const secret of credentialsSent(req)) this.addSecret(secret);
    // Redact before cutting, so a secret that straddles the cut cannot survive half-masked.
    const text = outcome.responseText === null ? null : this.redactor.text(outcome.responseText);
    this.last = {
      status: outcome.status,
      headers: outcome.responseHeaders,
      excerpt: text === null ? null : truncateUtf8(text, RESPONSE_EXCERPT_BYTES),
    };
    if (this.calls.length >= MAX_RECORDED_CALLS) {
      this.dropped++;
      return;
    }
    this.calls.push({
      label: req.label ?? null,
      method: req.method,
      url: redactUrl(req.url, this.redactor),
      requestHeaders: redactHeaders(req.headers, this.redactor),
      requestBody: redactBody(req, this.redactor),
      status: outcome.status,
      durationMs: outcome.durationMs,
      responseHeaders: outcome.responseHeaders,
      responseExcerpt: text === null ? null : truncateUtf8(text, CALL_EXCERPT_BYTES),
      error: outcome.error,
    });
  }

  /** An OAuth token renewal, in order among the calls; the grant type is all its request shows. */
  renewal(entry: TokenRenewal): void {
    if (this.calls.length >= MAX_RECORDED_CALLS) {
      this.dropped++;
      return;
    }
    this.calls.push({
      kind: 'token_renewal',
      label: 'renew the access token',
      method: 'POST',
      url: redactUrl(entry.url, this.redactor),
      requestHeaders: {},
      requestBody: { grant_type: 'refresh_token' },
      status: null,
      durationMs: entry.durationMs,
      responseHeaders: {},
      responseExcerpt: null,
      error: entry.error === null ? null : { ...entry.error, message: this.redactor.text(entry.error.message) },
    });
  }

  /** Notes plus a line about calls left out, for the attempt row. */
  allNotes(): string[] {
    return this.dropped > 0 ? [...this.notes, `${this.dropped} more calls were not recorded.`] : this.notes;
  }
}
