import { useEffect, useState } from 'react';
import type { DispatchFilter, FilterPreview, Result } from '#contract';
import { getApi } from '../../../api';
import { filterIsComplete } from './conditions';

/** How many of the client's latest leads the count is taken over. */
export const COUNT_SAMPLE = 100;
/** Answers kept: a few filters per wizard are enough to open the filters step with its count. */
const KEPT = 20;

const answers = new Map<string, FilterPreview>();

export function countKey(clientId: string, filter: DispatchFilter): string {
  return JSON.stringify([clientId, filter]);
}

/** Asks the core how many of the client's leads pass `filter`, and remembers the answer. */
export async function askCount(clientId: string, filter: DispatchFilter): Promise<Result<FilterPreview>> {
  const result = await getApi().invoke('dispatch:previewFilter', { clientId, filter, sample: COUNT_SAMPLE });
  if (result.ok) {
    const key = countKey(clientId, filter);
    answers.delete(key);
    answers.set(key, result.value);
    while (answers.size > KEPT) answers.delete(answers.keys().next().value ?? key);
  }
  return result;
}

/** The last answer for this client and filter, if one came while the wizard was open. */
export function knownCount(key: string | null): FilterPreview | undefined {
  return key === null ? undefined : answers.get(key);
}

/**
 * Counts the draft's filter as soon as a wizard opens, so the filters step opens on its answer instead
 * of "Counting…" (for a client without leads, that placeholder only ever flashed).
 */
export function usePrefetchedCount(clientId: string, filter: DispatchFilter): void {
  // The filter the wizard opened with: the step asks again itself whenever it changes.
  const [opening] = useState(filter);
  useEffect(() => {
    if (filterIsComplete(opening)) void askCount(clientId, opening);
  }, [clientId, opening]);
}
