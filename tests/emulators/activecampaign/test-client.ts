/**
 * A deliberately thin fetch wrapper for tests that talk to the emulator.
 * It hides nothing: status, headers and the raw text are all returned, and
 * the body is only parsed when it is JSON.
 */
export interface AcCallResult<T> {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON, or undefined when the body is not JSON. */
  body: T;
}

export interface AcCallOptions {
  /** Api-Token to send; null sends none. Defaults to the target's key. */
  token?: string | null;
  signal?: AbortSignal;
  /** Sent verbatim instead of JSON-encoding `body`. */
  rawBody?: string;
}

export interface AcTarget {
  apiUrl: string;
  apiToken: string;
}

export async function acCall<T = unknown>(
  target: AcTarget,
  method: string,
  path: string,
  body?: unknown,
  opts: AcCallOptions = {},
): Promise<AcCallResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = opts.token === undefined ? target.apiToken : opts.token;
  if (token !== null) headers['Api-Token'] = token;
  let payload: string | undefined = opts.rawBody;
  if (payload === undefined && body !== undefined) payload = JSON.stringify(body);
  if (payload !== undefined) headers['Content-Type'] = 'application/json';
  const init: RequestInit = { method, headers };
  if (payload !== undefined) init.body = payload;
  if (opts.signal) init.signal = opts.signal;
  const res = await fetch(`${target.apiUrl}${path}`, init);
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    // Not JSON (gateway HTML, truncated body): callers look at `text`.
  }
  return { status: res.status, headers: res.headers, text, body: parsed as T };
}

/** Calls a `/__emulator/*` control endpoint of the emulator at `url`. */
export async function controlCall<T = unknown>(
  url: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'Content-Type': 'application/json' };
  }
  const res = await fetch(`${url}/__emulator${path}`, init);
  return { status: res.status, body: (await res.json()) as T };
}
