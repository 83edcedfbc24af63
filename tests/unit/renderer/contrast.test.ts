import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { AA_TEXT, contrastRatio, readable } from '../../../src/app/contrast';
import { accessibleVariables, theme } from '../../../src/app/theme';

const colors = { ...DEFAULT_THEME.colors, ...theme.colors } as typeof DEFAULT_THEME.colors;
const { gray, dark } = DEFAULT_THEME.colors;
const vars = accessibleVariables(colors);
const palettes = Object.keys(colors);

/** The value of a variable, following var(--…) to the shade it names. */
function resolve(scheme: Record<string, string>, name: string): string {
  const value = scheme[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  const ref = /^var\(--mantine-color-([a-z]+)-(\d)\)$/.exec(value);
  return ref ? (colors[ref[1] ?? '']?.[Number(ref[2])] ?? value) : value;
}

describe('contrast helpers', () => {
  it('measures as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#868e96', '#ffffff')).toBeCloseTo(3.32, 2);
  });

  it('keeps a colour that already reads and darkens one that does not, only as far as needed', () => {
    expect(readable(['#495057'], ['#ffffff'], 'darker')).toBe('#495057');
    const dimmed = readable(['#868e96'], ['#ffffff'], 'darker');
    expect(contrastRatio(dimmed, '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(dimmed, '#ffffff')).toBeLessThan(5.5);
  });
});

describe('theme colours', () => {
  it.each(palettes)('%s: white on the filled colour reads at AA in both schemes', (name) => {
    for (const scheme of [vars.light, vars.dark]) {
      expect(contrastRatio('#ffffff', resolve(scheme, `--mantine-color-${name}-filled`))).toBeGreaterThanOrEqual(
        AA_TEXT,
      );
    }
  });

  it.each(palettes)('%s: a light badge reads on its own tint', (name) => {
    const palette = colors[name];
    if (!palette) throw new Error(name);
    expect(
      contrastRatio(resolve(vars.light, `--mantine-color-${name}-light-color`), palette[1]),
    ).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it.each(palettes)('%s: coloured text and outlines read on cards, the canvas and a selected row', (name) => {
    for (const bg of ['#ffffff', gray[0], colors.brand?.[1] ?? '']) {
      expect(contrastRatio(resolve(vars.light, `--mantine-color-${name}-text`), bg)).toBeGreaterThanOrEqual(AA_TEXT);
      expect(contrastRatio(resolve(vars.light, `--mantine-color-${name}-outline`), bg)).toBeGreaterThanOrEqual(AA_TEXT);
    }
    for (const bg of [dark[7], dark[8], dark[6], dark[5]]) {
      expect(contrastRatio(resolve(vars.dark, `--mantine-color-${name}-text`), bg)).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });

  it('captions (dimmed text) read on cards, the canvas and selected rows in both schemes', () => {
    for (const bg of ['#ffffff', gray[0], colors.brand?.[1] ?? '']) {
      expect(contrastRatio(resolve(vars.light, '--mantine-color-dimmed'), bg)).toBeGreaterThanOrEqual(AA_TEXT);
    }
    for (const bg of [dark[7], dark[8], dark[6], dark[5]]) {
      expect(contrastRatio(resolve(vars.dark, '--mantine-color-dimmed'), bg)).toBeGreaterThanOrEqual(AA_TEXT);
    }
    // Mantine's own grey, for the record: the reason this exists.
    expect(contrastRatio(gray[6], '#ffffff')).toBeLessThan(AA_TEXT);
  });
});
