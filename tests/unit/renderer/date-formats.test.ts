import { describe, expect, it } from 'vitest';
import { dateTimeFormats } from '../../../src/i18n/format';

const at = new Date(2026, 11, 7, 5, 28, 14).getTime();

describe.each(['en', 'pt-BR'])('dates and times in %s', (language) => {
  const f = dateTimeFormats(language, () => at);

  it('writes a date and time as the table’s date and time together', () => {
    expect(f.dateTime(at)).toContain(f.date(at));
    expect(f.dateTime(at)).toContain(f.time(at));
  });

  it('gives times to the second, and a short time that is the same time without them', () => {
    expect(f.time(at)).toMatch(/\b0?5:28:14\b/);
    expect(f.shortTime(at)).toMatch(/\b0?5:28\b/);
    expect(f.time(at).replace(':14', '')).toBe(f.shortTime(at));
  });

  it('names the month in full and short dates alike, the year only when it is not this one', () => {
    expect(f.date(at)).toMatch(/2026/);
    expect(f.shortDate(at)).not.toMatch(/2026/);
    expect(f.date(at)).toContain(f.shortDate(at).replace(/\.$/, ''));
    expect(f.shortDate(new Date(2025, 0, 3).getTime())).toBe(f.date(new Date(2025, 0, 3).getTime()));
  });
});

it('never writes a date with numbers only, as the list and the drawer used to disagree', () => {
  const en = dateTimeFormats('en', () => at);
  expect(en.dateTime(at)).toBe(`${en.date(at)}, ${en.time(at)}`);
  expect(en.dateTime(at)).not.toMatch(/\d+\/\d+\/\d+/);
});
