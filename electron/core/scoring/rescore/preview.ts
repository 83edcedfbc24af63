import type { RescorePreview, RescorePreviewCounts, RescoreScope } from '#contract';
import type { RescoreDispatch } from './batch';
import { Pace } from './pace';
import { cursorAfter, inScope, rescoreRow, SCAN_START, type LeadScan, type RescoreContext } from './scan';

const empty = (): RescorePreviewCounts => ({
  leads: 0,
  changed: 0,
  newlyQualified: 0,
  noLongerQualified: 0,
  queuedOfNoLonger: 0,
});

/**
 * What re-scoring the client's leads with the active profile would change, for both choices of
 * leads at once: the same scoring as the run itself, over the same walk, without writing.
 */
export async function previewRescore(
  d: { scan: LeadScan; dispatch: RescoreDispatch },
  clientId: string,
  ctx: RescoreContext,
  nextTurn: () => Promise<void>,
): Promise<RescorePreview> {
  const out: Record<RescoreScope, RescorePreviewCounts> = { unsent: empty(), all: empty() };
  const scopes: RescoreScope[] = ['unsent', 'all'];
  const upTo = d.scan.upTo(clientId);
  const pace = new Pace();
  let cursor = SCAN_START;
  for (;;) {
    const began = performance.now();
    const rows = d.scan.page(clientId, upTo, cursor, pace.size);
    if (rows.length === 0) break;
    cursor = cursorAfter(rows, cursor);
    const noLonger = new Map<string, RescoreScope[]>();
    for (const row of rows) {
      const r = rescoreRow(row, ctx);
      const scopesOf = scopes.filter((s) => inScope(row, s));
      for (const scope of scopesOf) {
        const c = out[scope];
        c.leads++;
        if (!r.changed) continue;
        c.changed++;
        if (!r.wasQualified && r.scored.qualified) c.newlyQualified++;
        if (r.wasQualified && !r.scored.qualified) c.noLongerQualified++;
      }
      if (r.wasQualified && !r.scored.qualified) noLonger.set(row.id, scopesOf);
    }
    for (const open of d.dispatch.open([...noLonger.keys()])) {
      for (const scope of noLonger.get(open.leadId) ?? []) out[scope].queuedOfNoLonger++;
    }
    pace.record(rows.length, performance.now() - began);
    await nextTurn();
  }
  return { profileName: ctx.profile.name, ...out };
}
