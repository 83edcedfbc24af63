import { describe, expect, it } from 'vitest';
import { leadInputSchema } from '#contract/lead-input';
import { rowLeadInput, type RowRawLead } from '../../../electron/core/leads/csv/row-input';

const VALUES = [
  undefined,
  '',
  '   ',
  'Ana',
  '  MARIA   da\u00a0Silva ',
  'ana@acme.com.br',
  '(11) 91234-5678',
  '\u0000\u001b',
  'Jo\u0000ão',
  'e\u0301',
  'x'.repeat(41),
  'x'.repeat(201),
  'x'.repeat(1_001),
];

/** Rows that pass the schema, that break each of its rules, and the blanks in between. */
function rows(): RowRawLead[] {
  const out: RowRawLead[] = [];
  let n = 0;
  const pick = (offset: number) => VALUES[(n * 7 + offset) % VALUES.length];
  for (n = 0; n < 400; n++) {
    const manyKeys = n % 50 === 0;
    const custom: Record<string, string> = {};
    for (let k = 0; k < (manyKeys ? 52 : n % 3); k++) custom[`Campo ${k}`] = pick(k) ?? 'v';
    const utm: Record<string, string> = n % 4 === 0 ? { 'UTM Source': pick(1) ?? '', utm_source: 'google' } : {};
    out.push({
      fullName: pick(0),
      email: n % 5 === 0 ? undefined : pick(2),
      phone: n % 6 === 0 ? undefined : pick(3),
      company: pick(4),
      cnpj: pick(5),
      jobTitle: pick(6),
      city: pick(7),
      state: pick(8),
      source: pick(9),
      utm,
      custom,
    });
  }
  return out;
}

describe('a CSV row read without the schema', () => {
  it('gives what the schema gives when the row passes, and nothing when it does not', () => {
    let passed = 0;
    for (const raw of rows()) {
      const parsed = leadInputSchema.safeParse(raw);
      const fast = rowLeadInput(raw);
      if (parsed.success) {
        passed++;
        expect(fast).toStrictEqual(parsed.data);
        expect(Object.keys(fast ?? {})).toEqual(Object.keys(parsed.data));
      } else {
        expect(fast).toBeNull();
      }
    }
    // Both kinds of row were tried.
    expect(passed).toBeGreaterThan(50);
    expect(passed).toBeLessThan(350);
  });
});
