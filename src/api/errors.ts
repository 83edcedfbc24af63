import { z } from 'zod';
import { fieldIssueSchema, type AppErrorPayload, type FieldIssue } from '#contract';

const detailsSchema = z.object({ issues: z.array(fieldIssueSchema) });

/** Field-level problems the core attached to `invalid_input` / `conflict` errors. */
export function fieldIssues(error: AppErrorPayload): FieldIssue[] {
  if (error.code !== 'invalid_input' && error.code !== 'conflict') return [];
  const parsed = detailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data.issues : [];
}

/** The issue for one form field, matched on the first path segment (the input object's key). */
export function issueFor(error: AppErrorPayload | null, field: string): FieldIssue | undefined {
  if (!error) return undefined;
  return fieldIssues(error).find((issue) => issue.path[0] === field);
}
