import { describe, expect, it } from 'vitest';
import type { IngestOutcome } from '../../../../electron/core/leads/ingest';
import { MAX_ISSUES_PER_IMPORT } from '../../../../electron/core/leads/imports/repository';
import { createImportTally } from '../../../../electron/core/leads/imports/tally';
import type { ValidationIssue } from '../../../../electron/core/leads/validation';

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

  it('keep counting the rows with problems once the report is full, and say that it was cut', () => {
    const tally = createImportTally([{ index: 0, header: 'Celular', target: 'phone' }]);
    const short: ValidationIssue = {
      field: 'phone',
      code: 'phone_short_subscriber',
      severity: 'warning',
      message: 'x',
    };
    const missing: ValidationIssue = { field: 'email', code: 'email_missing', severity: 'warning', message: 'x' };
    let reported = 0;
    for (let i = 0; i < MAX_ISSUES_PER_IMPORT; i++) {
      reported += tally.stored({ ...created(`a${i}`, false), issues: [short] }, at(i + 2)).length;
    }
    expect([reported, tally.truncated]).toEqual([MAX_ISSUES_PER_IMPORT, false]);
    // Full: a row with a missing e-mail only has nothing to report, and the report is not cut for it.
    expect(tally.stored({ ...created('b', false), issues: [missing] }, at(1)).length).toBe(0);
    expect(tally.truncated).toBe(false);
    for (let i = 0; i < 50; i++) {
      reported += tally.stored({ ...created(`c${i}`, false), issues: [short, missing] }, at(i + 2)).length;
    }
    // A skipped row with what reading found is not a lead with problems, but it would have been reported.
    const cleaned = { code: 'control_removed', severity: 'warning' as const, field: 'fullName', message: 'x' };
    tally.stored(skipped('a0'), { row: 3, line: 3, issues: [cleaned] });
    expect(reported).toBe(MAX_ISSUES_PER_IMPORT);
    expect(tally.truncated).toBe(true);
    expect(tally.counts.withProblems).toBe(MAX_ISSUES_PER_IMPORT + 50);
  });
});
