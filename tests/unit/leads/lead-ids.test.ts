import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IMPORT_BATCH_ROWS, nextTransactionRows, TRANSACTION_MS } from '../../../electron/core/leads/imports/runner';
import { timeOrderedUuid } from '../../../electron/core/lib/ids';

describe('lead ids', () => {
  it('are UUIDs that sort in the order they were made, within a millisecond too', () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => timeOrderedUuid(1_780_000_000_000 + Math.floor(i / 2_000)));
    expect(ids.every((id) => z.uuid().safeParse(id).success && id.charAt(14) === '7')).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    // A clock that steps back does not break the order.
    const after = timeOrderedUuid(1_700_000_000_000);
    expect(after > (ids[ids.length - 1] ?? '')).toBe(true);
  });
});

describe('import transactions', () => {
  it('are sized from the time the last one took, within bounds', () => {
    // Twice as fast as the target: larger next time; twice as slow: smaller; a short tail says nothing.
    expect(nextTransactionRows(100, 100, TRANSACTION_MS / 2)).toBe(150);
    expect(nextTransactionRows(100, 100, TRANSACTION_MS * 2)).toBe(75);
    expect(nextTransactionRows(100, 40, TRANSACTION_MS * 10)).toBe(100);
    expect(nextTransactionRows(400, 400, 1)).toBe(IMPORT_BATCH_ROWS);
    expect(nextTransactionRows(30, 30, 10_000)).toBe(25);
  });
});
