import { z } from 'zod';

/** Stable error codes; the renderer translates them, so they never change meaning. */
export const errorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'auth_failed',
  'rate_limited',
  'unavailable',
  'vault_unavailable',
  'unknown_channel',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  details: z.unknown().optional(),
});
export type AppErrorPayload = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, details?: unknown): Result<T> {
  return { ok: false, error: details === undefined ? { code, message } : { code, message, details } };
}

/** Field-level reasons attached to `invalid_input` and `conflict` errors, for inline messages. */
export const fieldIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  reason: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;
