import { describe, expect, it } from 'vitest';
import { groupCalls } from '../../../src/pages/send-leads/call-subject';
import { matchByName, nameKey } from '../../../src/pages/send-leads/shared/field-match';
import { fillSuggested } from '../../../src/pages/send-leads/shared/suggest-rows';
import { accountUrl, urlKey } from '../../../src/pages/send-leads/activecampaign/account-url';
import { suggestedFields } from '../../../src/pages/send-leads/activecampaign/mapping/suggest-fields';

const titles = (option: { title: string }) => [option.title];

describe('fields named like the lead value are suggested', () => {
  it('matches names whatever their case, accents and punctuation', () => {
    expect(nameKey('Pontuação do_Lead')).toBe('pontuacao do lead');
    for (const title of ['Score', 'Lead Score', 'lead_score', 'Pontuação', 'PONTUAÇÃO DO LEAD']) {
      expect(matchByName('score', [{ title }], titles), title).toEqual({ title });
    }
    expect(matchByName('cnpj', [{ title: 'C.N.P.J' }, { title: 'CNPJ' }], titles)).toEqual({ title: 'CNPJ' });
    // Not every field with the word in it: HubSpot's own score is another thing.
    expect(matchByName('score', [{ title: 'HubSpot Score' }, { title: 'Score date' }], titles)).toBeNull();
  });

  it('leaves the choice to the user when two fields could be meant', () => {
    expect(matchByName('score', [{ title: 'Score' }, { title: 'Lead score' }], titles)).toBeNull();
  });

  it('gives each row a field of its own and keeps what the user picked', () => {
    const options = [{ title: 'Lead score' }, { title: 'CNPJ' }, { title: 'Score range' }];
    const rows = [
      { source: 'score', target: null },
      { source: 'cnpj', target: 'CNPJ' },
      { source: 'scoreRange', target: null },
      { source: 'jobTitle', target: null },
      { source: 'cnpj', target: null },
    ];
    expect(
      fillSuggested(
        rows,
        options,
        titles,
        (o) => o.title,
        (a, b) => a === b,
      ),
    ).toEqual(['Lead score', 'CNPJ', 'Score range', null, null]);
  });

  it('picks ActiveCampaign fields by title or personalisation tag', () => {
    const fields = [
      { id: '7', title: 'Pontuação', type: 'text', perstag: 'PONTUACAO' },
      { id: '8', title: 'Documento', type: 'text', perstag: 'CNPJ' },
      { id: '9', title: 'Cidade', type: 'text', perstag: 'CIDADE' },
    ];
    expect(suggestedFields(fields)).toEqual({
      scoreField: { id: '7', title: 'Pontuação' },
      cnpjField: { id: '8', title: 'Documento' },
    });
    expect(suggestedFields([])).toEqual({ scoreField: null, cnpjField: null });
  });
});

describe('the ActiveCampaign API URL', () => {
  it('is shown as ActiveCampaign shows it', () => {
    expect(accountUrl('https://acme.api-us1.com/api/3')).toBe('https://acme.api-us1.com');
    expect(accountUrl('http://127.0.0.1:4000/acct/api/3')).toBe('http://127.0.0.1:4000/acct');
  });

  it('is checked again only when it points elsewhere', () => {
    const clean = urlKey('https://acme.api-us1.com');
    for (const pasted of [' https://acme.api-us1.com/ ', 'acme.api-us1.com', 'https://ACME.api-us1.com/api/3/\u00a0']) {
      expect(urlKey(pasted), pasted).toBe(clean);
    }
    expect(urlKey('http://acme.api-us1.com')).not.toBe(clean);
    expect(urlKey('https://acme.api-us1.com/other')).not.toBe(clean);
  });
});

describe('preview calls', () => {
  it('are grouped by what they are about, in order, keeping their numbers', () => {
    const labels = [
      'sync contact',
      'list tags',
      'create tag "a"',
      'add tag "a"',
      'add tag "b"',
      'add to list "Newsletter"',
      'find account',
      'create account "Acme"',
      'link contact to account "Acme"',
      'something new',
    ];
    const groups = groupCalls(labels.map((label) => ({ label })));
    expect(groups.map((g) => [g.subject, g.start, g.calls.length])).toEqual([
      ['contact', 0, 1],
      ['tags', 1, 4],
      ['lists', 5, 1],
      ['account', 6, 3],
      ['other', 9, 1],
    ]);
  });
});
