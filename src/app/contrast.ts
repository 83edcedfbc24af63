import { darken, lighten, luminance, type MantineColorsTuple } from '@mantine/core';

/** WCAG 2.1 AA for normal text (1.4.3). Badges and captions are small, so nothing gets the 3:1 of large text. */
export const AA_TEXT = 4.5;

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The first candidate that reads at `min` on every background; when none does, the last one made
 * darker (or lighter) a step at a time until it does. Candidates go from the designed colour
 * towards more contrast, so a colour is only changed as much as it has to be.
 */
export function readable(
  candidates: readonly string[],
  backgrounds: readonly string[],
  towards: 'darker' | 'lighter',
  min = AA_TEXT,
): string {
  const passes = (color: string) => backgrounds.every((bg) => contrastRatio(color, bg) >= min);
  const found = candidates.find(passes);
  if (found !== undefined) return found;
  const last = candidates[candidates.length - 1] ?? (towards === 'darker' ? '#000000' : '#ffffff');
  for (let step = 0.05; step < 1; step += 0.05) {
    const color = towards === 'darker' ? darken(last, step) : lighten(last, step);
    if (passes(color)) return color;
  }
  return towards === 'darker' ? '#000000' : '#ffffff';
}

/**
 * The surfaces text sits on in each scheme: cards, the canvas behind them, a selected row, and in
 * dark mode inputs and raised items (a hovered or edited row).
 */
export interface Surfaces {
  light: { card: string; canvas: string; selected: string };
  dark: { card: string; canvas: string; input: string; raised: string; selected: string };
}

const shades = (palette: MantineColorsTuple, from: number, to: number): string[] => {
  const step = from <= to ? 1 : -1;
  const out: string[] = [];
  for (let i = from; step > 0 ? i <= to : i >= to; i += step) out.push(palette[i] ?? palette[9]);
  return out;
};

/**
 * Mantine's colour variables for one palette, changed only where the defaults read below AA: the
 * filled background under white text, the text of light badges on their tint, outline and coloured
 * text on cards and on the canvas. Mantine's own shades are used wherever one is enough.
 */
export function paletteVariables(
  name: string,
  palette: MantineColorsTuple,
  surfaces: Surfaces,
  primaryShade: { light: number; dark: number },
): { light: Record<string, string>; dark: Record<string, string> } {
  const white = '#ffffff';
  const { light: l, dark: d } = surfaces;

  const lightFilled = readable(shades(palette, primaryShade.light, 9), [white], 'darker');
  const lightText = readable(shades(palette, primaryShade.light, 9), [l.card, l.canvas, l.selected], 'darker');
  const lightTint = palette[1];
  const lightTintText = readable(shades(palette, 9, 9), [lightTint], 'darker');

  const darkFilled = readable(shades(palette, primaryShade.dark, 9), [white], 'darker');
  const darkSurfaces = [d.card, d.canvas, d.input, d.raised, d.selected];
  const darkText = readable(shades(palette, 4, 0), darkSurfaces, 'lighter');
  const darkOutline = readable(shades(palette, Math.max(primaryShade.dark - 4, 0), 0), darkSurfaces, 'lighter');
  const darkTint = darken(palette[9], 0.5);
  const darkTintText = readable(shades(palette, 0, 0), [darkTint], 'lighter');

  return {
    light: {
      [`--mantine-color-${name}-filled`]: lightFilled,
      [`--mantine-color-${name}-filled-hover`]: darken(lightFilled, 0.1),
      [`--mantine-color-${name}-light-color`]: lightTintText,
      [`--mantine-color-${name}-outline`]: lightText,
      [`--mantine-color-${name}-text`]: lightText,
    },
    dark: {
      [`--mantine-color-${name}-filled`]: darkFilled,
      [`--mantine-color-${name}-filled-hover`]: darken(darkFilled, 0.1),
      [`--mantine-color-${name}-light-color`]: darkTintText,
      [`--mantine-color-${name}-outline`]: darkOutline,
      [`--mantine-color-${name}-text`]: darkText,
    },
  };
}
