import { fieldError } from '../../errors';
import { trimPasted } from '../shared/url';

export const TOKEN_MESSAGES = {
  empty: "Paste the private app's access token (HubSpot: Settings → Integrations → Private apps → Access token).",
  inner_space:
    'The access token contains a space or a line break. Copy it again from HubSpot and make sure nothing is added to it.',
  invalid: "This does not look like a HubSpot access token. Copy it again from the private app's page.",
} as const;

/** A token typed in the wizard, or null when the field was left empty (keep the stored one). */
export function typedToken(raw: string | undefined): string | null {
  if (raw === undefined || trimPasted(raw) === '') return null;
  const token = trimPasted(raw);
  if (/[\s\u00a0\u200b-\u200d\u2060\ufeff]/.test(token)) {
    throw fieldError('invalid_input', 'token', 'inner_space', TOKEN_MESSAGES.inner_space);
  }
  // It travels in a header: anything outside visible ASCII would be refused or mangled.
  if (!/^[\x21-\x7e]{8,500}$/.test(token))
    throw fieldError('invalid_input', 'token', 'invalid', TOKEN_MESSAGES.invalid);
  return token;
}
