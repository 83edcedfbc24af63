import type { ErrorCode, FieldIssue } from '#contract';

/** An expected failure with a stable code; anything else thrown by a handler becomes `internal`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function fieldError(
  code: 'invalid_input' | 'conflict',
  field: string,
  reason: string,
  message: string,
): AppError {
  const issue: FieldIssue = { path: [field], reason, message };
  return new AppError(code, message, { issues: [issue] });
}
