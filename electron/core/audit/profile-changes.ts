import type { AuditChange, ScoringProfile } from '#contract';
import { diffSettings } from './diff';

type ProfileSettings = Pick<ScoringProfile, 'name' | 'qualifyAt' | 'rules' | 'ranges' | 'disqualify'>;

/**
 * A profile as settings a person reads: rules by their label (or id) and ranges by their name, so an
 * edit says "rules “Corporate e-mail” points: 10 → 15" rather than "rules changed".
 */
function readable(profile: ProfileSettings): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const rule of profile.rules) {
    const { id, label, ...rest } = rule;
    rules[label !== undefined && label !== '' ? label : id] = rest;
  }
  const ranges: Record<string, unknown> = {};
  for (const { name, ...rest } of profile.ranges) ranges[name] = rest;
  return { name: profile.name, qualifyAt: profile.qualifyAt, rules, ranges, disqualify: profile.disqualify };
}

export function profileChanges(before: ProfileSettings, after: ProfileSettings): AuditChange[] {
  return diffSettings(readable(before), readable(after));
}
