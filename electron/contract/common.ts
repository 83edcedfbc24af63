import { z } from 'zod';

/** Helpers several domains of the contract share. A leaf: it imports nothing of the contract. */

/** Brazil's states (UFs), as leads and filters spell them. */
export const UFS = [
  'AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA',
  'PB', 'PR', 'PE', 'PI', 'RJ', 'RN', 'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO',
] as const; // prettier-ignore

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA zone that times in an export are written in (the user's own). */
export const timeZoneSchema = z.string().max(64).refine(isTimeZone, { error: 'invalid_time_zone' }).default('UTC');
