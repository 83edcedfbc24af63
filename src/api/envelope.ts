import { appErrorSchema, fail, type Result } from '#contract';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Anything that is not a well-formed envelope becomes `internal`, so callers only ever branch on `ok`. */
export function toEnvelope(raw: unknown): Result<unknown> {
  if (isRecord(raw) && raw.ok === true && 'value' in raw) return { ok: true, value: raw.value };
  if (isRecord(raw) && raw.ok === false) {
    const error = appErrorSchema.safeParse(raw.error);
    if (error.success) return { ok: false, error: error.data };
  }
  return fail('internal', 'The app sent an answer the interface does not understand.');
}

export function unavailable(): Result<never> {
  return fail('unavailable', 'The connection to the app was lost before it answered.');
}
