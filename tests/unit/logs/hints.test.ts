import { describe, expect, it } from 'vitest';
import { troubleshootingHint, type HintFacts } from '#contract/logs';

const ac = (f: Partial<HintFacts>): HintFacts => ({
  integrationType: 'activecampaign',
  errorClass: null,
  status: null,
  message: null,
  ...f,
});

describe('troubleshootingHint (the guide’s troubleshooting section)', () => {
  it.each<[string, Partial<HintFacts>, ReturnType<typeof troubleshootingHint>]>([
    ['401 / 403: check key and URL', { errorClass: 'auth', status: 403 }, 'auth'],
    ['a 401 without a class', { status: 401 }, 'auth'],
    ['402: payment', { errorClass: 'auth', status: 402 }, 'payment'],
    ['429: shared rate limit', { errorClass: 'rate_limited', status: 429 }, 'rate_limited'],
    ['503 treated as rate limit by AC', { errorClass: 'rate_limited', status: 503 }, 'rate_limited'],
    [
      'list step refused',
      { errorClass: 'permanent', status: 404, message: 'The contact was not added to the list "Newsletter": gone.' },
      'list_missing',
    ],
    [
      'tag step refused',
      { errorClass: 'permanent', status: 422, message: 'The tag "Lead #Quente!" was not added.' },
      'tag_characters',
    ],
    ['422 other: plain words', { errorClass: 'permanent', status: 422, message: 'Email is invalid' }, 'invalid_data'],
    ['404 other', { errorClass: 'permanent', status: 404, message: 'could not find the contact' }, 'not_found'],
    ['transient', { errorClass: 'transient', status: 500 }, 'transient'],
    ['timeout without status', { errorClass: 'transient', message: 'timed out' }, 'transient'],
    ['offline', { errorClass: 'offline', message: 'ENOTFOUND' }, 'offline'],
    ['nothing went wrong', {}, null],
  ])('%s', (_label, facts, hint) => {
    expect(troubleshootingHint(ac(facts))).toBe(hint);
  });

  it('lets the error class win over words in the message', () => {
    expect(troubleshootingHint(ac({ errorClass: 'transient', status: 502, message: 'add to list' }))).toBe('transient');
  });
});
