import { fieldIssues } from '../../../api';
import type { AppErrorPayload } from '#contract';

/** The wizard's steps, the filters and review every wizard ends with included. */
export type StepId = 'credentials' | 'configure' | 'tags' | 'lists' | 'mapping' | 'filters' | 'review';

/** Where a save error's first field issue can be fixed, so the message can offer to go there. */
export function stepForError(error: AppErrorPayload): StepId | null {
  for (const issue of fieldIssues(error)) {
    const [head, second] = issue.path;
    if (head === 'filter') return 'filters';
    if (head === 'apiKey' || head === 'apiUrl') return 'credentials';
    if (head === 'name') return 'configure';
    if (head !== 'config') continue;
    if (second === 'apiUrl') return 'credentials';
    if (second === 'name' || second === 'action') return 'configure';
    if (second === 'fixedTags' || second === 'scoreTags') return 'tags';
    if (second === 'lists' || second === 'resubscribeUnsubscribed') return 'lists';
    if (second === 'mapping') return 'mapping';
  }
  return error.code === 'auth_failed' ? 'credentials' : null;
}
