import { describe, expect, it } from 'vitest';
import { fillIssueText, issueValues } from '#contract/issue-values';

describe('issue texts in another language', () => {
  it('reads the values back from the English message and fills a translated template', () => {
    const typo = { code: 'email_typo', message: 'Looks like a typo. Did you mean ana@gmail.com?' };
    expect(fillIssueText('Parece um erro de digitação. Você quis dizer {{suggestion}}?', issueValues(typo))).toBe(
      'Parece um erro de digitação. Você quis dizer ana@gmail.com?',
    );
    const shifted = { code: 'extra_columns', message: 'The row has 11 values for 9 columns.' };
    expect(fillIssueText('{{count}} valores para {{columns}} colunas', issueValues(shifted))).toBe(
      '11 valores para 9 colunas',
    );
    const foreign = { code: 'phone_foreign', message: 'The phone is from another country (PT).' };
    expect(fillIssueText('Telefone de outro país ({{country}}); {{unknown}}', issueValues(foreign))).toBe(
      'Telefone de outro país (PT); {{unknown}}',
    );
  });
});
