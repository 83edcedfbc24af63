import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportView, LeadDetail, ScoringProfileView } from '#contract';
import type { MxResolver } from '../../../../electron/core/leads/validation';
import { call, ManualClock, openTestCore, tempDir } from '../../support/core-harness';
import { seedClient } from '../../support/dispatch-core';

describe('optional MX check and imports across a restart', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('records the MX answer before scoring when the client asks for it, and never fails offline', async () => {
    const asked: string[] = [];
    const resolver: MxResolver = {
      resolveMx(host) {
        asked.push(host);
        if (host === 'semmx.com.br') return Promise.reject(Object.assign(new Error('no'), { code: 'ENODATA' }));
        if (host === 'offline.com.br')
          return Promise.reject(Object.assign(new Error('down'), { code: 'ECONNREFUSED' }));
        return Promise.resolve([{ exchange: 'mx.acme.com.br', priority: 10 }]);
      },
    };
    const core = openTestCore(tmp.dir, new ManualClock(), undefined, { mxResolver: resolver });
    try {
      const client = seedClient(core);
      const profile = await call<ScoringProfileView>(core, 'scoring:active', { clientId: client });
      await call(core, 'scoring:save', {
        clientId: client,
        id: profile.id,
        profile: { ...profile, rules: [...profile.rules, { id: 'no_mx', kind: 'emailWithoutMx', points: -30 }] },
      });
      const create = async (email: string) =>
        (
          await call<{ lead: LeadDetail }>(core, 'leads:create', {
            clientId: client,
            lead: { fullName: 'Ana Souza', email },
          })
        ).lead;
      const before = await create('ana@semmx.com.br');
      expect(before.validation?.email.mx).toBeNull();
      expect(asked).toEqual([]);

      await call(core, 'leads:saveSettings', { clientId: client, emailAllowlist: [], mxCheck: true });
      const none = await create('bia@semmx.com.br');
      expect(none.validation?.email.mx).toBe('none');
      expect(none.reasons.map((r) => r.rule)).toContain('no_mx');
      expect(none.score).toBe(Math.max(0, (before.score ?? 0) - 30));
      const offline = await create('caio@offline.com.br');
      expect(offline.validation?.email.mx).toBe('unknown');
      expect(offline.reasons.map((r) => r.rule)).not.toContain('no_mx');
      expect((await create('duda@acme.com.br')).validation?.email.mx).toBe('found');
    } finally {
      core.close();
    }
  });

  it('marks an import the app stopped in as interrupted, keeping what it stored', async () => {
    const clock = new ManualClock();
    const first = openTestCore(tmp.dir, clock);
    const client = seedClient(first);
    first.forTests.sqlite
      .prepare(
        `INSERT INTO lead_imports (id, client_id, file_name, state, duplicate_policy, rows, created, started_at)
         VALUES ('00000000-0000-4000-8000-000000000001', ?, 'a.csv', 'running', 'keep', 10, 10, 1)`,
      )
      .run(client);
    first.close();
    const second = openTestCore(tmp.dir, clock);
    try {
      const view = await call<ImportView>(second, 'leads:importGet', { id: '00000000-0000-4000-8000-000000000001' });
      expect(view).toMatchObject({ state: 'interrupted', created: 10 });
      expect(view.finishedAt).toBe(clock.now());
    } finally {
      second.close();
    }
  });
});
