import { describe, expect, it } from 'vitest';
import { normalizeApiKey } from '../../../../electron/core/integrations/activecampaign/api-key';
import { accountKeyOf, normalizeApiUrl } from '../../../../electron/core/integrations/activecampaign/url';

function apiUrl(raw: string): string {
  const r = normalizeApiUrl(raw);
  if (!r.ok) throw new Error(`${raw}: ${r.reason}`);
  return r.apiUrl;
}

function reason(raw: string): string {
  const r = normalizeApiUrl(raw);
  return r.ok ? 'ok' : r.reason;
}

describe('API URL normalisation', () => {
  it('adds /api/3 when it is missing and keeps it when present', () => {
    expect(apiUrl('https://my-company.api-us1.com')).toBe('https://my-company.api-us1.com/api/3');
    expect(apiUrl('https://my-company.api-us1.com/api/3')).toBe('https://my-company.api-us1.com/api/3');
  });

  it('accepts trailing slashes, surrounding spaces and pasted invisible characters', () => {
    expect(apiUrl('  https://my-company.api-us1.com/  ')).toBe('https://my-company.api-us1.com/api/3');
    expect(apiUrl('\u00a0https://my-company.api-us1.com/api/3/\u200b\n')).toBe('https://my-company.api-us1.com/api/3');
    expect(apiUrl('https://My-Company.API-US1.com//')).toBe('https://my-company.api-us1.com/api/3');
  });

  it('keeps other regional hosts as pasted (never rebuilds api-us1)', () => {
    expect(apiUrl('https://acme.api-eu1.com')).toBe('https://acme.api-eu1.com/api/3');
  });

  it('assumes https when the scheme is left out, and drops a copied resource path', () => {
    expect(apiUrl('my-company.api-us1.com')).toBe('https://my-company.api-us1.com/api/3');
    expect(apiUrl('https://my-company.api-us1.com/api/3/contacts?limit=1')).toBe(
      'https://my-company.api-us1.com/api/3',
    );
  });

  it('requires https except on loopback addresses', () => {
    expect(reason('http://my-company.api-us1.com')).toBe('not_https');
    expect(apiUrl('http://127.0.0.1:5123')).toBe('http://127.0.0.1:5123/api/3');
    expect(apiUrl('http://localhost:8080/api/3/')).toBe('http://localhost:8080/api/3');
    expect(apiUrl('http://[::1]:9000')).toBe('http://[::1]:9000/api/3');
    expect(apiUrl('http://127.0.0.1:5123/acct/second')).toBe('http://127.0.0.1:5123/acct/second/api/3');
  });

  it('refuses the activehosted.com app address with a hint to Settings → Developer', () => {
    const r = normalizeApiUrl('https://123456demo.activehosted.com/app/contacts');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('app_url');
    expect(r.message).toContain('Settings → Developer');
  });

  it('refuses empty, malformed, credential-bearing and non-http addresses', () => {
    expect(reason('   ')).toBe('empty');
    expect(reason('https://my company.api-us1.com')).toBe('invalid');
    expect(reason('mycompany')).toBe('invalid');
    expect(reason('ftp://my-company.api-us1.com')).toBe('invalid');
    expect(reason('https://user:pw@my-company.api-us1.com')).toBe('credentials');
  });

  it('gives one account key per API host (and per emulator account path)', () => {
    expect(accountKeyOf(apiUrl('https://A.api-us1.com/'))).toBe(accountKeyOf(apiUrl('https://a.api-us1.com/api/3')));
    expect(accountKeyOf(apiUrl('http://127.0.0.1:1/acct/x'))).not.toBe(accountKeyOf(apiUrl('http://127.0.0.1:1')));
  });
});

describe('API key normalisation', () => {
  it('removes spaces around a pasted key', () => {
    expect(normalizeApiKey('  abcdef0123456789\n')).toEqual({ ok: true, apiKey: 'abcdef0123456789' });
  });

  it('refuses empty keys and keys with spaces inside', () => {
    expect(normalizeApiKey(' ')).toMatchObject({ ok: false, reason: 'empty' });
    expect(normalizeApiKey('abcdef 0123456789')).toMatchObject({ ok: false, reason: 'inner_space' });
    expect(normalizeApiKey('chave-com-acentuação')).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
