import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { BulkSummary } from '#contract';
import { en } from '../../../src/i18n/en';
import { ptBR } from '../../../src/i18n/pt-BR';
import { bulkTexts } from '../../../src/pages/logs/bulk/summary-text';

async function textsIn(language: 'en' | 'pt-BR') {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: en }, 'pt-BR': { translation: ptBR } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  return bulkTexts(i18n.t, language);
}

const base: BulkSummary = {
  action: 'resend',
  total: 300,
  applied: 300,
  stopping: 0,
  held: 0,
  skipped: [],
  unfinished: 0,
};

describe('the bulk action summary, as the Logs page writes it', () => {
  it('says what was done and why the rest was skipped, in English', async () => {
    const { summary } = await textsIn('en');
    expect(summary(base)).toBe('300 resent.');
    expect(
      summary({
        ...base,
        applied: 298,
        skipped: [
          { reason: 'already_sent', count: 1 },
          { reason: 'already_cancelled', count: 1 },
        ],
      }),
    ).toBe('298 resent, 2 skipped: 1 already sent and 1 cancelled.');
    expect(
      summary({
        ...base,
        action: 'cancel',
        total: 1250,
        applied: 1200,
        stopping: 2,
        skipped: [{ reason: 'already_sent', count: 48 }],
      }),
    ).toBe('1,200 cancelled, 2 being stopped, 48 skipped: 48 already sent.');
    expect(summary({ ...base, held: 1 })).toBe('300 resent. 1 waits for its paused integration.');
    expect(summary({ ...base, applied: 100, unfinished: 200 })).toContain('200 not done');
    expect(summary({ ...base, total: 0, applied: 0 })).toBe('No dispatch matched these filters any more.');
  });

  it('in Portuguese, with its own numbers and lists', async () => {
    const { summary } = await textsIn('pt-BR');
    expect(
      summary({
        ...base,
        total: 1300,
        applied: 1298,
        skipped: [
          { reason: 'already_sent', count: 1 },
          { reason: 'paused', count: 1 },
        ],
      }),
    ).toBe('1.298 reenviados, 2 ignorados: 1 já enviado e 1 em espera (retome a integração).');
    expect(summary({ ...base, total: 3, applied: 1, skipped: [{ reason: 'already_cancelled', count: 2 }] })).toBe(
      '1 reenviado, 2 ignorados: 2 cancelados.',
    );
  });
});
