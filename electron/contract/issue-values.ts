/**
 * The facts an issue's explanation names (a suggested address, a country, a count), read back from
 * the core's English message: the page uses them to say the same in the user's language, and the
 * import report to write it.
 */
export interface IssueValues {
  suggestion: string;
  country: string;
  count: number;
  columns: number;
}

const numbersIn = (text: string): number[] => (text.match(/\d+/g) ?? []).map(Number);

export function issueValues(
  issue: { code: string; message: string },
  facts: { emailSuggestion?: string | null; phoneSuggestion?: string | null } = {},
): IssueValues {
  const code = issue.code.toLowerCase();
  const [first = 0, second = 0] = numbersIn(issue.message);
  const afterColon = issue.message.split(/:\s*/)[1]?.trim() ?? '';
  return {
    suggestion:
      code === 'email_typo'
        ? (facts.emailSuggestion ?? /Did you mean (.+)\?$/.exec(issue.message)?.[1] ?? '')
        : (facts.phoneSuggestion ?? afterColon),
    country: /\(([^)]+)\)/.exec(issue.message)?.[1] ?? '?',
    count: first,
    columns: second,
  };
}

/** A translated text with `{{name}}` placeholders filled from the issue's values. */
export function fillIssueText(template: string, values: IssueValues): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name as keyof IssueValues]) : whole,
  );
}
