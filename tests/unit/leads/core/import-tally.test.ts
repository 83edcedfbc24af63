import { describe, expect, it } from 'vitest';
import type { IngestOutcome } from '../../../../electron/core/leads/ingest';
import { createImportTally } from '../../../../electron/core/leads/imports/tally';

const at = (row: number) => ({ row, line: row, issues: [] });
const base = (leadId: string) => ({ leadId, identity: `e:${leadId}@empresa.com.br`, issues: [] });
const created = (leadId: string, qualified: boolean): IngestOutcome => ({
  ...base(leadId),
  kind: 'created',
  qualified,
});
const updated = (leadId: string, qualified: boolean): IngestOutcome => ({
  ...base(leadId),
  kind: 'updated',
  qualified,
});
const skipped = (leadId: string): IngestOutcome => ({ ...base(leadId), kind: 'duplicate', qualified: false });

describe("an import's counts", () => {
  it('count a lead among the qualified as the latest row about it left it', () => {
    const tally = createImportTally([]);
    tally.stored(created('ana', true), at(2));
    tally.stored(created('bia', false), at(3));
    tally.stored(created('caio', true), at(4));
    expect(tally.counts.qualified).toBe(2);
    // Later rows of Ana's and Bia's (policy "update"): Ana no longer qualifies, Bia now does.
    tally.stored(updated('ana', false), at(5));
    tally.stored(updated('bia', true), at(6));
    expect(tally.counts).toMatchObject({ created: 3, updated: 0, repeated: 2, qualified: 2 });
    // A lead stored before the import and updated by it counts too; a skipped row changes nothing.
    tally.stored(updated('davi', true), at(7));
    tally.stored(skipped('caio'), at(8));
    expect(tally.counts).toMatchObject({ updated: 1, duplicates: 0, repeated: 3, qualified: 3 });
  });
});
