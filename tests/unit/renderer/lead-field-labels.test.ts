import { createInstance, type TFunction } from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leadExportColumns } from '#contract';
import { en } from '../../../src/i18n/en';
import { ptBR } from '../../../src/i18n/pt-BR';
import { leadExportHeadings } from '../../../src/pages/leads/export-headings';
import { call } from '../support/core-harness';
import { readExport, watchExports } from '../logs/export-support';
import { openLeadsCore, type LeadsCore } from '../leads/core/support';

function translator(language: 'en' | 'pt-BR'): TFunction {
  const i18n = createInstance();
  void i18n.init({
    resources: { [language]: { translation: language === 'en' ? en : ptBR } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

/**
 * The core names the columns of a Leads export itself only in English, when the caller sends no headings;
 * in Portuguese it writes the headings the renderer sends, so there is no Portuguese copy in the core to
 * compare with: the Portuguese headings are the renderer's lead field labels by construction.
 */
describe('the Leads export headings', () => {
  let env: LeadsCore;
  beforeEach(() => {
    env = openLeadsCore();
  });
  afterEach(() => env.close());

  it('written by the core in English are the renderer’s English lead field labels', async () => {
    const watch = watchExports(env.core);
    const started = await call<{ id: string }>(env.core, 'leads:export', { clientId: env.client, timeZone: 'UTC' });
    expect((await watch.finished(started.id)).kind).toBe('ready');
    watch.stop();
    const header = (await readExport(env.core, started.id)).bytes.toString('utf8').split('\r\n')[0] ?? '';
    const core = header.replace(/^\uFEFF/, '').split(';');
    expect(core).toHaveLength(leadExportColumns.length);
    expect(leadExportHeadings(translator('en'))).toEqual(core);
  });

  it('are lead field labels in both languages, one heading per column and none twice', () => {
    for (const language of ['en', 'pt-BR'] as const) {
      const headings = leadExportHeadings(translator(language));
      expect(headings, language).toHaveLength(leadExportColumns.length);
      expect(new Set(headings).size, language).toBe(headings.length);
      expect(
        headings.every((h) => h !== '' && !h.startsWith('leadFields.')),
        language,
      ).toBe(true);
    }
  });
});
