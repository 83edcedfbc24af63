import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCORING_PROFILE,
  defaultScoringProfile,
  scoringProfileSchema,
  type ScoringProfileInput,
} from '../../../electron/core/scoring';

const base = (): ScoringProfileInput => ({
  name: 'Cliente X',
  rules: [{ id: 'cnpj', kind: 'validCnpj', points: 20 }],
  ranges: [
    { name: 'high', min: 70, max: 100, tag: 'quente' },
    { name: 'medium', min: 40, max: 69, tag: 'morno' },
    { name: 'low', min: 0, max: 39, tag: 'frio' },
  ],
  qualifyAt: 40,
});

function issuesOf(input: unknown): Array<{ path: PropertyKey[]; message: string }> {
  const result = scoringProfileSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
}

describe('scoring profile schema', () => {
  it('accepts a sensible profile and fills defaults', () => {
    const profile = scoringProfileSchema.parse({ ...base(), ranges: base().ranges.map(({ tag: _tag, ...r }) => r) });
    expect(profile.rules[0]).toEqual({ id: 'cnpj', kind: 'validCnpj', points: 20, enabled: true });
    expect(profile.ranges[0]?.tag).toBe('');
  });

  it('accepts ranges in any order as long as they tile 0–100', () => {
    const ranges = [
      { name: 'b', min: 50, max: 100 },
      { name: 'a', min: 0, max: 49 },
    ];
    expect(issuesOf({ ...base(), ranges })).toEqual([]);
    expect(issuesOf({ ...base(), ranges: [{ name: 'all', min: 0, max: 100 }] })).toEqual([]);
  });

  it('rejects a gap between ranges, pointing at the range after it', () => {
    const ranges = [
      { name: 'high', min: 71, max: 100 },
      { name: 'low', min: 0, max: 69 },
    ];
    expect(issuesOf({ ...base(), ranges })).toEqual([{ path: ['ranges', 0, 'min'], message: 'ranges_gap' }]);
  });

  it('rejects overlapping ranges', () => {
    const ranges = [
      { name: 'high', min: 69, max: 100 },
      { name: 'low', min: 0, max: 69 },
    ];
    expect(issuesOf({ ...base(), ranges })).toEqual([{ path: ['ranges', 0, 'min'], message: 'ranges_overlap' }]);
  });

  it('rejects ranges that do not start at 0 or do not reach 100', () => {
    expect(issuesOf({ ...base(), ranges: [{ name: 'x', min: 1, max: 100 }] })).toEqual([
      { path: ['ranges', 0, 'min'], message: 'ranges_gap' },
    ]);
    expect(issuesOf({ ...base(), ranges: [{ name: 'x', min: 0, max: 99 }] })).toEqual([
      { path: ['ranges', 0, 'max'], message: 'ranges_incomplete' },
    ]);
    expect(issuesOf({ ...base(), ranges: [{ name: 'x', min: 0, max: 101 }] })).toEqual([
      { path: ['ranges', 0, 'max'], message: 'too_big' },
    ]);
  });

  it('rejects an inverted range and empty ranges', () => {
    const ranges = [
      { name: 'a', min: 0, max: 49 },
      { name: 'b', min: 100, max: 50 },
    ];
    expect(issuesOf({ ...base(), ranges })).toEqual([{ path: ['ranges', 1, 'max'], message: 'range_inverted' }]);
    expect(issuesOf({ ...base(), ranges: [] })).toEqual([{ path: ['ranges'], message: 'empty' }]);
  });

  it('rejects duplicate rule ids and range names', () => {
    const rules = [
      { id: 'a', kind: 'validCnpj', points: 1 },
      { id: 'A', kind: 'validMobile', points: 1 },
    ];
    expect(issuesOf({ ...base(), rules })).toEqual([{ path: ['rules', 1, 'id'], message: 'duplicate_id' }]);
    const ranges = [
      { name: 'x', min: 0, max: 49 },
      { name: 'x', min: 50, max: 100 },
    ];
    expect(issuesOf({ ...base(), ranges })).toEqual([{ path: ['ranges', 1, 'name'], message: 'duplicate_name' }]);
  });

  it('checks points, threshold and rule shapes', () => {
    expect(issuesOf({ ...base(), qualifyAt: 101 })).toEqual([{ path: ['qualifyAt'], message: 'too_big' }]);
    expect(issuesOf({ ...base(), rules: [{ id: 'x', kind: 'validCnpj', points: 150 }] })).toEqual([
      { path: ['rules', 0, 'points'], message: 'too_big' },
    ]);
    expect(issuesOf({ ...base(), rules: [{ id: 'x', kind: 'validCnpj', points: 1.5 }] })).toHaveLength(1);
    expect(issuesOf({ ...base(), rules: [{ id: 'x', kind: 'noSuchRule', points: 1 }] })).toHaveLength(1);
    expect(issuesOf({ ...base(), rules: [{ id: 'x', kind: 'jobTitleKeywords', keywords: [], points: 1 }] })).toEqual([
      { path: ['rules', 0, 'keywords'], message: 'empty' },
    ]);
    expect(issuesOf({ ...base(), rules: [{ id: 'x', kind: 'stateIn', states: ['XX'], points: 1 }] })).toHaveLength(1);
  });

  it('checks field rules: known fields, one shape per operator', () => {
    const rule = (extra: object) => ({ ...base(), rules: [{ id: 'f', kind: 'field', points: 5, ...extra }] });
    expect(issuesOf(rule({ field: 'custom.segmento', op: 'equals', value: 'Varejo' }))).toEqual([]);
    expect(issuesOf(rule({ field: 'utm.source', op: 'in', values: ['google', 'bing'] }))).toEqual([]);
    expect(issuesOf(rule({ field: 'company', op: 'exists' }))).toEqual([]);
    expect(issuesOf(rule({ field: 'password', op: 'exists' }))).toEqual([
      { path: ['rules', 0, 'field'], message: 'unknown_field' },
    ]);
    expect(issuesOf(rule({ field: 'city', op: 'equals' }))).toEqual([
      { path: ['rules', 0, 'value'], message: 'value_required' },
    ]);
    expect(issuesOf(rule({ field: 'city', op: 'in' }))).toEqual([
      { path: ['rules', 0, 'values'], message: 'values_required' },
    ]);
    expect(issuesOf(rule({ field: 'city', op: 'exists', value: 'x' }))).toEqual([
      { path: ['rules', 0, 'value'], message: 'unexpected' },
    ]);
  });
});

describe('default profile', () => {
  it('obeys its own schema and has the agreed ranges', () => {
    expect(scoringProfileSchema.safeParse(DEFAULT_SCORING_PROFILE).success).toBe(true);
    expect(DEFAULT_SCORING_PROFILE.ranges.map((r) => [r.name, r.min, r.max])).toEqual([
      ['high', 70, 100],
      ['medium', 40, 69],
      ['low', 0, 39],
    ]);
    expect(DEFAULT_SCORING_PROFILE.qualifyAt).toBe(40);
  });

  it('hands out independent copies', () => {
    const copy = defaultScoringProfile();
    copy.rules.pop();
    copy.ranges[0]!.tag = 'changed';
    expect(DEFAULT_SCORING_PROFILE.rules.length).toBeGreaterThan(copy.rules.length);
    expect(DEFAULT_SCORING_PROFILE.ranges[0]?.tag).toBe('high-score');
  });
});
