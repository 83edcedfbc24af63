import { describe, expect, it } from 'vitest';
import { createMxChecker, lookupMx, type MxRecord, type MxResolver } from '../../../electron/core/leads/validation/mx';

function dnsError(code: string): Error {
  return Object.assign(new Error(`query failed: ${code}`), { code });
}

/** A resolver answering from a table; a function entry can fail or hang. */
class FakeResolver implements MxResolver {
  readonly asked: string[] = [];
  constructor(private readonly answers: Record<string, MxRecord[] | (() => Promise<MxRecord[]>)>) {}
  resolveMx(hostname: string): Promise<MxRecord[]> {
    this.asked.push(hostname);
    const answer = this.answers[hostname];
    if (typeof answer === 'function') return answer();
    if (answer) return Promise.resolve(answer);
    return Promise.reject(dnsError('ENOTFOUND'));
  }
}

const hang = (): Promise<MxRecord[]> => new Promise<MxRecord[]>(() => undefined);

describe('MX lookup', () => {
  const resolver = new FakeResolver({
    'acme.com.br': [{ exchange: 'mx.acme.com.br', priority: 10 }],
    'nomail.example': [{ exchange: '.', priority: 0 }],
    'empty.example': [],
    'nodata.example': () => Promise.reject(dnsError('ENODATA')),
    'servfail.example': () => Promise.reject(dnsError('ESERVFAIL')),
    'offline.example': () => Promise.reject(dnsError('ECONNREFUSED')),
    'weird.example': () => Promise.reject(new Error('no code at all')),
    'slow.example': hang,
  });

  it('finds a domain with a mail exchanger', async () => {
    await expect(lookupMx('ACME.com.br', { resolver })).resolves.toBe('found');
    expect(resolver.asked).toContain('acme.com.br');
  });

  it('says none when DNS answers that the domain takes no mail', async () => {
    await expect(lookupMx('doesnotexist.example', { resolver })).resolves.toBe('none');
    await expect(lookupMx('nodata.example', { resolver })).resolves.toBe('none');
    await expect(lookupMx('empty.example', { resolver })).resolves.toBe('none');
    await expect(lookupMx('nomail.example', { resolver })).resolves.toBe('none');
  });

  it('says unknown, never throws, when DNS cannot answer (offline, server failure)', async () => {
    await expect(lookupMx('servfail.example', { resolver })).resolves.toBe('unknown');
    await expect(lookupMx('offline.example', { resolver })).resolves.toBe('unknown');
    await expect(lookupMx('weird.example', { resolver })).resolves.toBe('unknown');
    await expect(lookupMx('not a domain', { resolver })).resolves.toBe('unknown');
  });

  it('gives up after the timeout with unknown', async () => {
    const started = Date.now();
    await expect(lookupMx('slow.example', { resolver, timeoutMs: 50 })).resolves.toBe('unknown');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('shares lookups per domain and forgets unclear answers', async () => {
    let offline = true;
    const flaky = new FakeResolver({
      'acme.com.br': [{ exchange: 'mx.acme.com.br', priority: 10 }],
      'flaky.example': () =>
        offline
          ? Promise.reject(dnsError('ETIMEOUT'))
          : Promise.resolve([{ exchange: 'mx.flaky.example', priority: 1 }]),
    });
    const checker = createMxChecker({ resolver: flaky });
    const answers = await Promise.all([checker.check('acme.com.br'), checker.check('ACME.com.br')]);
    expect(answers).toEqual(['found', 'found']);
    await checker.check('acme.com.br');
    expect(flaky.asked.filter((d) => d === 'acme.com.br')).toHaveLength(1);

    await expect(checker.check('flaky.example')).resolves.toBe('unknown');
    offline = false;
    await expect(checker.check('flaky.example')).resolves.toBe('found');
    expect(flaky.asked.filter((d) => d === 'flaky.example')).toHaveLength(2);
  });
});
