import { z } from 'zod';

/** Helpers several domains of the contract share. A leaf: it imports nothing of the contract. */

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
