import type { z } from 'zod';
import type { FieldIssue } from '#contract/envelope';

const REASON_MESSAGES: Record<string, string> = {
  duplicate: 'This is selected twice.',
};

/** zod issues → the envelope's field issues, with the URL's own plain-words explanation. */
export function configIssues(error: z.ZodError, messages: Record<string, string> = {}): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const reason = /^[a-z][a-z_]*$/.test(issue.message) ? issue.message : issue.code;
    return { path, reason, message: messages[reason] ?? REASON_MESSAGES[reason] ?? issue.message };
  });
}
