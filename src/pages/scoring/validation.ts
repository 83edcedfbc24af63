import { scoringProfileSchema, type AppErrorPayload, type ScoringProfile } from '#contract';
import { fieldIssues } from '../../api';
import type { ProfileDraft } from './draft-store';

const REASON = /^[a-z][a-z_]*$/;

export interface DraftIssue {
  reason: string;
  /** The bound a range should have started or ended at, when the schema says. */
  expected?: number;
}

/** Issues by dotted path (`ranges.1.min`, `rules.3.keywords`), first one per path. */
export type IssueMap = ReadonlyMap<string, DraftIssue>;

export interface Checked {
  valid: ScoringProfile | null;
  issues: IssueMap;
}

function expectedOf(params: unknown): number | undefined {
  if (typeof params !== 'object' || params === null || !('expected' in params)) return undefined;
  const { expected } = params;
  return typeof expected === 'number' ? expected : undefined;
}

/** The same schema the core applies on save, run on every change so errors show where they are. */
export function checkDraft(draft: ProfileDraft): Checked {
  const parsed = scoringProfileSchema.safeParse(draft);
  if (parsed.success) return { valid: parsed.data, issues: new Map() };
  const issues = new Map<string, DraftIssue>();
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    if (issues.has(path)) continue;
    const reason = REASON.test(issue.message) ? issue.message : issue.code;
    const expected = 'params' in issue ? expectedOf(issue.params) : undefined;
    issues.set(path, expected === undefined ? { reason } : { reason, expected });
  }
  return { valid: null, issues };
}

/** The core's answer to a save, as issues on the editor's fields (`profile.` dropped from paths). */
export function serverIssues(error: AppErrorPayload): IssueMap {
  const issues = new Map<string, DraftIssue>();
  for (const issue of fieldIssues(error)) {
    const path = issue.path.map(String);
    const local = path[0] === 'profile' ? path.slice(1) : path;
    const key = local.join('.');
    if (!issues.has(key)) issues.set(key, { reason: issue.reason });
  }
  return issues;
}

export function mergeIssues(a: IssueMap, b: IssueMap): IssueMap {
  if (b.size === 0) return a;
  return new Map([...b, ...a]);
}

/** Issues under a prefix: whether a section (a rule, a range) has any problem at all. */
export function hasIssuesUnder(issues: IssueMap, prefix: string): boolean {
  for (const key of issues.keys()) if (key === prefix || key.startsWith(`${prefix}.`)) return true;
  return false;
}
