import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startAcEmulator, type AcEmulator } from '../../emulators/activecampaign';
import { acCall } from '../../emulators/activecampaign/test-client';

interface ListBody {
  list: { id: string; name: string; stringid: string };
}
interface ErrorsBody {
  errors: Array<{ code?: string; source?: { pointer: string } }>;
}

/** POST /lists as docs/crm/activecampaign.md §7 describes it: four required attributes, 201, a unique stringid. */
describe('AC emulator: creating a list', () => {
  let emu: AcEmulator;
  beforeAll(async () => {
    emu = await startAcEmulator({ ratePerSecond: 0 });
  });
  afterAll(() => emu.close());
  beforeEach(() => emu.reset());

  const body = (extra: Record<string, unknown> = {}) => ({
    list: {
      name: 'Leads Qualificados',
      stringid: 'leads-qualificados',
      sender_url: 'https://acme.com.br',
      sender_reminder: 'You signed up on our site.',
      ...extra,
    },
  });

  it('creates the list (201), which GET /lists then shows', async () => {
    const res = await acCall<ListBody>(emu, 'POST', '/lists', body());
    expect(res.status).toBe(201);
    expect(res.body.list).toMatchObject({ name: 'Leads Qualificados', stringid: 'leads-qualificados' });
    const all = await acCall<{ lists: Array<{ name: string }> }>(emu, 'GET', '/lists');
    expect(all.body.lists.map((l) => l.name)).toContain('Leads Qualificados');
  });

  it('refuses a missing required attribute and a stringid already in use (422)', async () => {
    const missing = await acCall<ErrorsBody>(emu, 'POST', '/lists', body({ sender_url: '' }));
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0]?.source?.pointer).toContain('sender_url');
    expect((await acCall(emu, 'POST', '/lists', body())).status).toBe(201);
    const twice = await acCall<ErrorsBody>(emu, 'POST', '/lists', body({ name: 'Other name' }));
    expect(twice.status).toBe(422);
    expect(twice.body.errors[0]?.code).toBe('duplicate');
  });
});
