import { useTranslation } from 'react-i18next';

/** What the core reports about a lead or a CSV row: a stable code, and an English default message. */
export interface IssueLike {
  code: string;
  message: string;
  field?: string;
  column?: string;
}

/** Facts some explanations name, when the caller knows them better than the message does. */
export interface IssueFacts {
  emailSuggestion?: string | null;
  phoneSuggestion?: string | null;
}

const numbersIn = (text: string): number[] => (text.match(/\d+/g) ?? []).map(Number);

/**
 * Issue codes in the user's language. The message is the core's English default, kept for codes
 * this build does not know; some facts (a suggested address, a count) are read back from it.
 */
export function useIssueText(): (issue: IssueLike, facts?: IssueFacts) => string {
  const { t, i18n } = useTranslation();
  return (issue, facts = {}) => {
    const code = issue.code.toLowerCase();
    const key = `leads.issueCodes.${code}`;
    if (!i18n.exists(key)) return issue.message;
    const [first = 0, second = 0] = numbersIn(issue.message);
    const afterColon = issue.message.split(/:\s*/)[1]?.trim() ?? '';
    const values = {
      suggestion:
        code === 'email_typo'
          ? (facts.emailSuggestion ?? /Did you mean (.+)\?$/.exec(issue.message)?.[1] ?? '')
          : (facts.phoneSuggestion ?? afterColon),
      country: /\(([^)]+)\)/.exec(issue.message)?.[1] ?? '?',
      count: first,
      columns: second,
    };
    // The key is checked above; the typed `t` cannot know a code built at run time.
    return t(key as 'leads.issueCodes.name_missing', values);
  };
}
