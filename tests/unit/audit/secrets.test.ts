import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client, IntegrationDetail, OutputOf } from '#contract';
import type { Core } from '../../../electron/core';
import { call, ManualClock, openTestCore, tempDir } from '../support/core-harness';
import { readExport, watchExports } from '../logs/export-support';
import { acConfig, AC_KEY, createClient, history, wholeTable } from './support';

describe('history of changes: never a secret', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let client: Client;

  beforeEach(async () => {
    tmp = tempDir();
    core = openTestCore(tmp.dir, new ManualClock());
    client = await createClient(core);
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  it('keeps keys, tokens, header values and signing secrets out of every row and the export', async () => {
    const newKey = 'ac-key-REPLACED-5555555555555555555555';
    const headerValue = 'Bearer header-secret-77777777777777';
    const ac = await call<IntegrationDetail>(core, 'activecampaign:save', {
      clientId: client.id,
      apiKey: AC_KEY,
      config: acConfig(),
    });
    await call(core, 'activecampaign:save', { id: ac.id, clientId: client.id, apiKey: newKey, config: acConfig() });
    await call(core, 'scoring:list', { clientId: client.id });
    const hook = await call<OutputOf<'webhook:save'>>(core, 'webhook:save', {
      clientId: client.id,
      config: {
        name: 'Hook',
        url: 'https://crm.example.com/hook',
        headers: [{ name: 'Authorization', value: headerValue, secret: true }],
      },
    });
    const rotated = await call<OutputOf<'webhook:rotateSecret'>>(core, 'webhook:rotateSecret', { id: hook.id });
    await call(core, 'webhook:save', {
      id: hook.id,
      clientId: client.id,
      config: {
        name: 'Hook',
        // A key pasted where it does not belong (a query string) is masked in the summary of the edit.
        url: `https://crm.example.com/hook?key=${newKey}`,
        headers: [{ name: 'Authorization', value: `${headerValue}-2`, secret: true }],
      },
    });
    const intake = await call<OutputOf<'intake:enable'>>(core, 'intake:enable', { clientId: client.id });
    const token = await call<OutputOf<'intake:rotateToken'>>(core, 'intake:rotateToken', { clientId: client.id });

    const secrets = [
      AC_KEY,
      newKey,
      headerValue,
      hook.signingSecret!,
      rotated.signingSecret,
      intake.token!,
      token.token,
    ];
    const table = wholeTable(core);
    for (const secret of secrets) expect(table).not.toContain(secret);
    expect(table).toContain('[redacted]');

    const kinds = (await history(core, client.id)).map((r) => r.summary);
    expect(kinds).toContain('Integration “AC main”: key replaced: API key replaced');
    expect(kinds).toContain('Integration “Hook”: key replaced: secret header “Authorization” replaced');
    expect(kinds).toContain(
      'Integration “Hook” edited: URL: https://crm.example.com/hook → https://crm.example.com/hook?key=[redacted]',
    );

    const watch = watchExports(core);
    const started = await call<OutputOf<'audit:export'>>(core, 'audit:export', { clientId: client.id });
    expect((await watch.finished(started.id)).kind).toBe('ready');
    watch.stop();
    const csv = (await readExport(core, started.id)).bytes.toString('utf8');
    for (const secret of secrets) expect(csv).not.toContain(secret);
    expect(csv).toContain('key replaced');
  });
});
