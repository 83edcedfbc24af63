import type { ScoringPreview } from '#contract';
import type { ScoringProfile } from '#contract/scoring-profile';
import type { ValidatedLead } from '../leads/validation';
import { normalizedFromRow } from '../leads/row';
import type { StoredLead } from '../leads/store';
import { reasonViews } from '../leads/views';
import { scoreLead } from './score';

/**
 * Scores stored leads with a draft profile, next to the scores they have. Uses the validation
 * stored with each lead (as intake saw it), so the preview shows what the profile alone changes.
 */
export function previewProfile(profile: ScoringProfile, leads: readonly StoredLead[]): ScoringPreview {
  const counts = new Map<string, { current: number; preview: number }>(
    profile.ranges.map((r) => [r.name, { current: 0, preview: 0 }]),
  );
  let currentQualified = 0;
  let previewQualified = 0;
  const rows: ScoringPreview['leads'] = [];
  for (const row of leads) {
    if (!row.validation) continue;
    const validation = JSON.parse(row.validation) as ValidatedLead['validation'];
    const validated: ValidatedLead = { validation, lead: normalizedFromRow(row) };
    const scored = scoreLead(validated, profile);
    const qualified = row.qualified === 1;
    if (qualified) currentQualified++;
    if (scored.qualified) previewQualified++;
    if (row.score_range !== null) {
      const c = counts.get(row.score_range);
      if (c) c.current++;
    }
    const p = counts.get(scored.range);
    if (p) p.preview++;
    rows.push({
      id: row.id,
      fullName: row.full_name,
      email: row.email,
      current: { score: row.score, range: row.score_range, qualified },
      preview: {
        score: scored.score,
        range: scored.range,
        qualified: scored.qualified,
        reasons: reasonViews(scored.reasons, profile.rules),
        blockedBy: scored.blockedBy,
      },
    });
  }
  return {
    total: rows.length,
    qualified: { current: currentQualified, preview: previewQualified },
    ranges: [...counts].map(([name, c]) => ({ name, ...c })),
    leads: rows,
  };
}
