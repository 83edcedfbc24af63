import { fieldError } from '../../errors';
import { trimPasted } from '../shared/url';

export const TOKEN_MESSAGES = {
  empty: 'Paste your personal API token (Pipedrive: Settings → Personal preferences → API → Your personal API token).',
  inner_space:
    'The API token contains a space or a line break. Copy it again from Pipedrive and make sure nothing is added to it.',
  invalid: 'This does not look like a Pipedrive API token (40 letters and digits). Copy it again from Pipedrive.',
} as const;

/** A token typed in the wizard, or null when the field was left empty (keep the stored one). */
export function typedToken(raw: string | undefined): string | null {
  if (raw === undefined || trimPasted(raw) === '') return null;
  const token = trimPasted(raw);
  if (/[\s\u00a0\u200b-\u200d\u2060\ufeff]/.test(token)) {
    throw fieldError('invalid_input', 'token', 'inner_space', TOKEN_MESSAGES.inner_space);
  }
  // It travels in the x-api-token header: anything outside visible ASCII would be refused.
  if (!/^[A-Za-z0-9_-]{16,200}$/.test(token))
    throw fieldError('invalid_input', 'token', 'invalid', TOKEN_MESSAGES.invalid);
  return token;
}
