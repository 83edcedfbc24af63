import { useTranslation } from 'react-i18next';
import { issueValues } from '#contract/issue-values';

/** What the core reports about a lead or a CSV row: a stable code, and an English default message. */
export interface IssueLike {
  code: string;
  message: string;
  field?: string;
  column?: string;
  /** Facts the core names in the message, when it gives them. */
  values?: Record<string, string | number>;
}

/** Facts some explanations name, when the caller knows them better than the message does. */
export interface IssueFacts {
  emailSuggestion?: string | null;
  phoneSuggestion?: string | null;
}

/**
 * Issue codes in the user's language. The message is the core's English default, kept for codes
 * this build does not know; some facts (a suggested address, a count) are read back from it.
 */
export function useIssueText(): (issue: IssueLike, facts?: IssueFacts) => string {
  const { t, i18n } = useTranslation();
  return (issue, facts = {}) => {
    const key = `leads.issueCodes.${issue.code.toLowerCase()}`;
    if (!i18n.exists(key)) return issue.message;
    const values = { ...issueValues(issue, facts), ...issue.values };
    // The key is checked above; the typed `t` cannot know a code built at run time.
    return t(key as 'leads.issueCodes.name_missing', values);
  };
}
