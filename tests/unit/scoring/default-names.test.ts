import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScoringProfile, ScoringProfileView } from '#contract';
import type { Core } from '../../../electron/core';
import { contentLanguage } from '../../../electron/core/settings/language';
import { call } from '../support/core-harness';
import { seedIntegration } from '../support/dispatch-core';
import { openLeadsCore, type LeadsCore } from '../leads/core/support';

describe('names the core gives, in the user’s language', () => {
  it('follows the preference, and the system’s language for "system"', () => {
    expect(contentLanguage('en', 'pt-BR')).toBe('en');
    expect(contentLanguage('pt-BR', 'en-US')).toBe('pt-BR');
    expect(contentLanguage('system', 'pt-BR')).toBe('pt-BR');
    expect(contentLanguage('system', 'pt-PT')).toBe('pt-BR');
    expect(contentLanguage('system', 'en-GB')).toBe('en');
    // As the interface does: English when the system's language is neither.
    expect(contentLanguage('system', 'de-DE')).toBe('en');
  });

  describe.each([
    ['en', 'Default', 'Zero Bad Leads (test)', 'Marketing Director'],
    ['pt-BR', 'Padrão', 'Zero Bad Leads (teste)', 'Diretor de Marketing'],
  ] as const)('in %s', (language, profileName, company, jobTitle) => {
    let env: LeadsCore;
    let core: Core;
    let client: string;
    beforeEach(async () => {
      env = openLeadsCore();
      ({ core, client } = env);
      await call(core, 'settings:update', { language });
    });
    afterEach(() => env.close());

    it('names a client’s first scoring profile and the template', async () => {
      const active = await call<ScoringProfileView>(core, 'scoring:active', { clientId: client });
      expect(active.name).toBe(profileName);
      expect((await call<ScoringProfile>(core, 'scoring:template', {})).name).toBe(profileName);
    });

    it('writes the test lead’s company and title, still a decision maker', async () => {
      const id = seedIntegration(core, client, { status: 'draft' });
      const { leadId } = await call<{ leadId: string }>(core, 'integrations:sendTestLead', { id });
      const row = core.forTests.sqlite
        .prepare('SELECT company, job_title, city, reasons FROM leads WHERE id = ?')
        .get(leadId) as { company: string; job_title: string; city: string; reasons: string };
      expect(row).toMatchObject({ company, job_title: jobTitle, city: 'São Paulo' });
      expect(row.reasons).toContain('decision_maker');
    });
  });
});
