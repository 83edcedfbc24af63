import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAcApi } from '../../../../electron/core/integrations/activecampaign/api-client';
import {
  collectAllPages,
  parseTotal,
  type Page,
} from '../../../../electron/core/integrations/activecampaign/pagination';
import { ConnectorError } from '../../../../electron/core/integrations/connector';
import { startAcEmulator, type AcEmulator } from '../../../emulators/activecampaign';
import { testHttp } from '../support/send-context';

function pager(total: number, reportTotal: (n: number) => number | null = (n) => n) {
  const calls: Array<[number, number]> = [];
  const fetchPage = (offset: number, limit: number): Promise<Page<number>> => {
    calls.push([offset, limit]);
    const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i);
    return Promise.resolve({ items, total: reportTotal(total) });
  };
  return { calls, fetchPage };
}

describe('pagination (pure)', () => {
  it('reads limit=100 pages by offset until meta.total', async () => {
    const { calls, fetchPage } = pager(250);
    const all = await collectAllPages(fetchPage);
    expect(all).toHaveLength(250);
    expect(all.at(-1)).toBe(249);
    expect(calls).toEqual([
      [0, 100],
      [100, 100],
      [200, 100],
    ]);
  });

  it('makes one call for an exact page and for an empty collection', async () => {
    const exact = pager(100);
    expect(await collectAllPages(exact.fetchPage)).toHaveLength(100);
    expect(exact.calls).toHaveLength(1);
    const empty = pager(0);
    expect(await collectAllPages(empty.fetchPage)).toEqual([]);
    expect(empty.calls).toHaveLength(1);
  });

  it('without a total, stops at the first short page', async () => {
    const { calls, fetchPage } = pager(130, () => null);
    expect(await collectAllPages(fetchPage)).toHaveLength(130);
    expect(calls).toHaveLength(2);
  });

  it('stops on an empty page even when the total claims more', async () => {
    const { calls, fetchPage } = pager(120, () => 10_000);
    expect(await collectAllPages(fetchPage)).toHaveLength(120);
    expect(calls).toHaveLength(3);
  });

  it('follows a server that caps the page below 100', async () => {
    const calls: number[] = [];
    const all = await collectAllPages((offset) => {
      calls.push(offset);
      const items = Array.from({ length: Math.min(20, 45 - offset) }, (_, i) => offset + i);
      return Promise.resolve({ items, total: 45 });
    });
    expect(all).toHaveLength(45);
    expect(calls).toEqual([0, 20, 40]);
  });

  it('gives up with a classified error past the page cap', async () => {
    const endless = (): Promise<Page<number>> => Promise.resolve({ items: [1], total: null });
    const err = await collectAllPages(endless, { limit: 1, maxPages: 5 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect((err as ConnectorError).errorClass).toBe('permanent');
  });

  it('reads meta.total as AC sends it (a string) and ignores junk', () => {
    expect(parseTotal({ total: '2' })).toBe(2);
    expect(parseTotal({ total: 7 })).toBe(7);
    expect(parseTotal({ total: 'lots' })).toBeNull();
    expect(parseTotal(undefined)).toBeNull();
    expect(parseTotal({ total: -1 })).toBeNull();
  });
});

describe('pagination against the emulator', () => {
  let emu: AcEmulator;

  beforeAll(async () => {
    emu = await startAcEmulator({ ratePerSecond: 0, seed: { extraLists: 230, tags: ['lead', 'lead-quente', 'cold'] } });
  });
  afterAll(() => emu.close());
  beforeEach(() => emu.reset());

  it('lists every list of the account (232 over three pages)', async () => {
    const api = createAcApi({ http: testHttp(), apiUrl: emu.apiUrl, apiKey: emu.apiToken });
    const lists = await api.listLists();
    expect(lists).toHaveLength(232);
    expect(new Set(lists.map((l) => l.id)).size).toBe(232);
    expect(lists.map((l) => l.name)).toContain('Lista 230');
    const queries = emu.log.entries({ method: 'GET', path: '/lists' }).map((e) => new URLSearchParams(e.query));
    expect(queries.map((q) => [q.get('limit'), q.get('offset')])).toEqual([
      ['100', '0'],
      ['100', '100'],
      ['100', '200'],
    ]);
  });

  it('finds a tag by exact, case-insensitive name although AC searches by "contains"', async () => {
    const api = createAcApi({ http: testHttp(), apiUrl: emu.apiUrl, apiKey: emu.apiToken });
    expect((await api.listTags('lead')).map((t) => t.tag)).toEqual(['lead', 'lead-quente']);
    expect((await api.findTag('LEAD'))?.tag).toBe('lead');
    expect(await api.findTag('quente')).toBeUndefined();
  });

  it('reads all custom fields', async () => {
    const api = createAcApi({ http: testHttp(), apiUrl: emu.apiUrl, apiKey: emu.apiToken });
    expect((await api.listFields()).map((f) => f.title)).toEqual(['Lead Score', 'CNPJ']);
  });
});
