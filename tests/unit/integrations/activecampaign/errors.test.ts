import { describe, expect, it } from 'vitest';
import {
  errorFromResponse,
  parseErrorBody,
  parseRetryAfter,
  plainErrorText,
} from '../../../../electron/core/integrations/activecampaign/errors';
import type { HttpResponse } from '../../../../electron/core/integrations/connector';

function res(status: number, body: string, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers, text: body, json: () => JSON.parse(body) as unknown };
}

describe('error-body parsing', () => {
  it('reads the errors[] form with title, detail, code and source.pointer', () => {
    const parsed = parseErrorBody(
      JSON.stringify({
        errors: [
          {
            title: 'Email address already exists in the system',
            detail: '',
            code: 'duplicate',
            source: { pointer: '/data/attributes/email' },
          },
        ],
      }),
    );
    expect(parsed.items).toEqual([
      { title: 'Email address already exists in the system', code: 'duplicate', attribute: 'email' },
    ]);
    expect(plainErrorText(parsed)).toBe('Email address already exists in the system (field "email")');
  });

  it('reads items with only some members, and string statuses', () => {
    const parsed = parseErrorBody(
      '{"errors":[{"status":"404","title":"Not Found","detail":"Contact not found"},{},"oops"]}',
    );
    expect(parsed.items).toEqual([{ status: 404, title: 'Not Found', detail: 'Contact not found' }, { title: 'oops' }]);
    expect(plainErrorText(parsed)).toBe('Not Found — Contact not found; oops');
  });

  it('reads the {message} form, an empty object and a JSON string', () => {
    expect(plainErrorText(parseErrorBody('{"message":"No Result found for Subscriber with id 1"}'))).toBe(
      'No Result found for Subscriber with id 1',
    );
    expect(parseErrorBody('{}')).toEqual({ items: [], message: null, excerpt: null });
    expect(parseErrorBody('"Forbidden"').message).toBe('Forbidden');
  });

  it('survives HTML, truncated JSON, null and an errors member that is not an array', () => {
    expect(parseErrorBody('<html><head><title>502 Bad Gateway</title></head><body>x</body></html>').excerpt).toBe(
      '502 Bad Gateway',
    );
    expect(parseErrorBody('{"errors":[{"title":"trunc').excerpt).toBe('{"errors":[{"title":"trunc');
    expect(parseErrorBody('null').items).toEqual([]);
    expect(parseErrorBody('{"errors":{"title":"Single"}}').items).toEqual([{ title: 'Single' }]);
    expect(parseErrorBody('').excerpt).toBeNull();
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('30')).toBe(30_000);
    expect(parseRetryAfter(' 1.5 ')).toBe(1_500);
    const now = Date.UTC(2026, 10, 26, 12, 0, 0);
    expect(parseRetryAfter('Thu, 26 Nov 2026 12:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

describe('classification', () => {
  it.each([
    [401, 'auth'],
    [403, 'auth'],
    [402, 'auth'],
    [429, 'rate_limited'],
    [503, 'rate_limited'],
    [500, 'transient'],
    [502, 'transient'],
    [504, 'transient'],
    [400, 'permanent'],
    [404, 'permanent'],
    [422, 'permanent'],
    [301, 'permanent'],
  ])('HTTP %i is %s', (status, errorClass) => {
    expect(errorFromResponse(res(status, '{}'), 'sync contact').errorClass).toBe(errorClass);
  });

  it('says to check both values and spaces on 401/403', () => {
    const err = errorFromResponse(res(403, '{"message":"Forbidden"}'), 'list lists');
    expect(err.message).toContain('API URL and the API key');
    expect(err.message).toContain('no space before or after them');
  });

  it('tells a 503 with Retry-After (the limit) from one without (maybe an outage)', () => {
    const limited = errorFromResponse(res(503, '', { 'retry-after': '12' }), 'sync contact');
    expect(limited).toMatchObject({ errorClass: 'rate_limited', retryAfterMs: 12_000 });
    expect(limited.message).toContain('limiting requests');
    const outage = errorFromResponse(res(503, '<html>Service Unavailable</html>'), 'sync contact');
    expect(outage).toMatchObject({ errorClass: 'rate_limited', retryAfterMs: undefined });
    expect(outage.message).toContain('did not say when to try again');
    expect(outage.details).toMatchObject({ reason: 'unavailable' });
  });

  it('keeps Retry-After (any header case) and notes the shared limit on 429', () => {
    const err = errorFromResponse(res(429, '{"message":"Too Many Requests"}', { 'Retry-After': '30' }), 'x');
    expect(err.retryAfterMs).toBe(30_000);
    expect(err.message).toContain('Too many requests');
    expect(err.message).toContain('other integrations');
  });

  it('puts 422 details in plain words', () => {
    const body =
      '{"errors":[{"title":"There is already a field with this title","detail":"There is already a field named \'CNPJ\' -- choose another name","code":"duplicate"}]}';
    const err = errorFromResponse(res(422, body), 'create custom field "CNPJ"');
    expect(err.message).toBe(
      'ActiveCampaign did not accept "create custom field "CNPJ"" (HTTP 422): There is already a field with this title — ' +
        "There is already a field named 'CNPJ' -- choose another name.",
    );
    expect(err.details).toMatchObject({ reason: 'invalid', status: 422, errors: [{ code: 'duplicate' }] });
  });

  it('reports a 422 without details, and a redirect with its target', () => {
    expect(errorFromResponse(res(422, '{}'), 'add tag "x"').message).toContain('it gave no details');
    const moved = errorFromResponse(res(302, '', { location: 'https://login.example.com' }), 'check connection');
    expect(moved.message).toContain('https://login.example.com');
  });
});
