import { trimPasted } from '../shared/url';

export type ApiKeyProblem = 'empty' | 'inner_space' | 'invalid';

export type ApiKeyResult = { ok: true; apiKey: string } | { ok: false; reason: ApiKeyProblem; message: string };

export const API_KEY_MESSAGES: Record<ApiKeyProblem, string> = {
  empty: 'Paste the API key from ActiveCampaign (Settings → Developer).',
  inner_space:
    'The API key contains a space or a line break. Copy it again from ActiveCampaign (Settings → Developer) ' +
    'and make sure nothing is added before, after or inside it.',
  invalid: 'This does not look like an ActiveCampaign API key. Copy it again from Settings → Developer.',
};

/** Spaces around a pasted key are the guide's most common mistake: they are removed, never sent. */
export function normalizeApiKey(raw: string): ApiKeyResult {
  const key = trimPasted(raw);
  if (key === '') return { ok: false, reason: 'empty', message: API_KEY_MESSAGES.empty };
  if (/[\s\u00a0\u200b-\u200d\u2060\ufeff]/.test(key)) {
    return { ok: false, reason: 'inner_space', message: API_KEY_MESSAGES.inner_space };
  }
  // It travels in a header: anything outside visible ASCII would be refused or mangled on the way.
  if (!/^[\x21-\x7e]{8,200}$/.test(key)) return { ok: false, reason: 'invalid', message: API_KEY_MESSAGES.invalid };
  return { ok: true, apiKey: key };
}
