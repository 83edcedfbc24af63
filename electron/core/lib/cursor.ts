import { AppError } from '../errors';

/** Where the previous page stopped: the last row's creation time and id (the list's sort key). */
export interface LogCursor {
  t: number;
  id: string;
}

export function encodeCursor(cursor: LogCursor): string {
  return Buffer.from(JSON.stringify({ t: cursor.t, id: cursor.id }), 'utf8').toString('base64url');
}

function invalid(): AppError {
  return new AppError('invalid_input', 'The page cursor is not valid.', {
    issues: [{ path: ['cursor'], reason: 'invalid_cursor', message: 'cursor: invalid_cursor' }],
  });
}

/**
 * Opaque to the renderer, but still input from outside: anything that is not exactly what
 * `encodeCursor` wrote is refused rather than guessed at, so a stale or edited cursor cannot
 * silently skip rows.
 */
export function decodeCursor(text: string): LogCursor {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid();
  const { t, id, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) throw invalid();
  if (typeof t !== 'number' || !Number.isSafeInteger(t) || t < 0) throw invalid();
  if (typeof id !== 'string' || id.length === 0 || id.length > 100) throw invalid();
  return { t, id };
}
