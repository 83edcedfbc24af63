import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startAcEmulator, type AcEmulator } from '../../emulators/activecampaign';
import { config, isolatedConnector, lead, sendContext } from './support/send-context';

/**
 * The per-contact path's cost in requests, for the guide's typical setup: three tags (two fixed and
 * the score tag), one list, two custom fields and the company as an account. The steady state is
 * one contact write, one request per tag, one per list and the account link: every name→id
 * lookup cached, and no read whose answer the app already knows.
 */
describe('ActiveCampaign per-contact path: requests per lead', () => {
  let emu: AcEmulator;
  beforeAll(async () => {
    emu = await startAcEmulator({ ratePerSecond: 0 });
  });
  afterAll(() => emu.close());
  beforeEach(() => emu.reset());

  const typical = () => config(emu.url, { lists: [{ id: '1', name: 'Newsletter' }] });
  const paths = (from: number) =>
    emu.log
      .entries()
      .slice(from)
      .map((e) => `${e.method} ${e.path}${e.status >= 400 ? ` ${e.status}` : ''}`);

  it('costs 6 requests for a new contact once the ids are cached, the account of an earlier lead included', async () => {
    const { connector } = isolatedConnector();
    await connector.send(sendContext({ config: typical(), apiKey: emu.apiToken }).ctx);
    const first = emu.log.count();
    // The first lead fills the cache: each tag and the account looked up and created once.
    expect(first).toBe(14);

    for (let i = 1; i <= 3; i++) {
      const before = emu.log.count();
      await connector.send(
        sendContext({ config: typical(), apiKey: emu.apiToken, lead: lead({ email: `lead${i}@acme.com.br` }) }).ctx,
      );
      expect(paths(before)).toEqual([
        'POST /contacts',
        'POST /contactTags',
        'POST /contactTags',
        'POST /contactTags',
        'POST /contactLists',
        'POST /accountContacts',
      ]);
    }
    expect(emu.state.snapshot().contacts.every((c) => c.lists.length === 1 && c.tags.length === 3)).toBe(true);
  });

  it('reads the lists of a contact that already existed, and never re-subscribes someone who unsubscribed', async () => {
    emu.state.seed({ contacts: [{ email: 'known@acme.com.br', lists: ['Newsletter'] }] });
    const known = emu.state.findContactByEmail('known@acme.com.br')!;
    emu.state.subscribe(known.id, emu.state.findListByName('Newsletter')!.id, '2');
    const { connector } = isolatedConnector();
    const send = sendContext({ config: typical(), apiKey: emu.apiToken, lead: lead({ email: 'known@acme.com.br' }) });
    await connector.send(send.ctx);
    expect(paths(0).slice(0, 2)).toEqual(['POST /contacts 422', 'POST /contact/sync']);
    expect(paths(0)).toContain(`GET /contacts/${known.id}`);
    expect(emu.log.count({ method: 'POST', path: '/contactLists' })).toBe(0);
    expect(emu.state.contact('known@acme.com.br')!.lists[0]?.status).toBe('2');
  });
});
