import {
  createTheme,
  darken,
  DEFAULT_THEME,
  mergeThemeOverrides,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineThemeOverride,
} from '@mantine/core';
import { paletteVariables, readable, type Surfaces } from './contrast';

const brand: MantineColorsTuple = [
  '#eef1ff',
  '#dbe0fb',
  '#b4bef0',
  '#8a99e6',
  '#6779dd',
  '#5165d8',
  '#455ad6',
  '#364bbe',
  '#2e42ab',
  '#223898',
];

const systemFonts =
  "Inter, 'Segoe UI Variable', 'Segoe UI', system-ui, -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', Arial, sans-serif";

const PRIMARY_SHADE = { light: 6, dark: 5 } as const;

/** System fonts only: the CSP forbids remote fonts and the desktop app must look right offline. */
export const theme = createTheme({
  primaryColor: 'brand',
  colors: { brand },
  primaryShade: PRIMARY_SHADE,
  defaultRadius: 'md',
  cursorType: 'pointer',
  // People who ask their system for less motion get dialogs and drawers without fades and slides.
  respectReducedMotion: true,
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts, fontWeight: '650' },
  components: {
    Tooltip: { defaultProps: { withArrow: true, openDelay: 300 } },
    Modal: {
      defaultProps: { centered: true, radius: 'lg', padding: 'lg', overlayProps: { blur: 2 } },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    Paper: { defaultProps: { radius: 'lg' } },
  },
});

/**
 * The theme with the words Mantine's own controls need in the UI language: the × of every dialog,
 * drawer, toast and dismissible alert is announced as "Close" rather than as an unnamed button.
 */
export function localizedTheme(labels: { close: string }): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': labels.close };
  return mergeThemeOverrides(theme, {
    components: {
      Modal: { defaultProps: { closeButtonProps } },
      Drawer: { defaultProps: { closeButtonProps } },
      Notification: { defaultProps: { closeButtonProps } },
      Alert: { defaultProps: { closeButtonLabel: labels.close } },
    },
  });
}

const { gray, dark } = DEFAULT_THEME.colors;
const surfaces: Surfaces = {
  light: { card: '#ffffff', canvas: gray[0], selected: brand[1] },
  dark: { card: dark[7], canvas: dark[8], input: dark[6], raised: dark[5], selected: darken(brand[9], 0.5) },
};

/**
 * Colours that read at WCAG AA wherever they are used, worked out once from the palettes: Mantine's
 * defaults put white on mid shades (red, orange, green badges), grey captions on white and light
 * tints under their own colour below 4.5:1.
 */
export function accessibleVariables(colors: Record<string, MantineColorsTuple>) {
  const light: Record<string, string> = {};
  const darkVars: Record<string, string> = {};
  for (const [name, palette] of Object.entries(colors)) {
    const vars = paletteVariables(name, palette, surfaces, PRIMARY_SHADE);
    Object.assign(light, vars.light);
    Object.assign(darkVars, vars.dark);
  }
  const l = surfaces.light;
  const d = surfaces.dark;
  light['--mantine-color-dimmed'] = readable([gray[6]], [l.card, l.canvas, l.selected], 'darker');
  light['--mantine-color-error'] = light['--mantine-color-red-text'] ?? gray[9];
  darkVars['--mantine-color-dimmed'] = readable(
    [dark[2]],
    [d.card, d.canvas, d.input, d.raised, d.selected],
    'lighter',
  );
  darkVars['--mantine-color-error'] = darkVars['--mantine-color-red-text'] ?? gray[0];
  darkVars['--mantine-color-anchor'] = readable(
    [brand[4], brand[3], brand[2]],
    [d.card, d.canvas, d.input, d.raised],
    'lighter',
  );
  return { light, dark: darkVars };
}

/** The canvas behind cards: a step lighter than cards in light mode, a step darker in dark mode. */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => {
  const accessible = accessibleVariables(resolved.colors);
  return {
    variables: {},
    light: { ...accessible.light, '--zbl-canvas': resolved.colors.gray[0] },
    dark: { ...accessible.dark, '--zbl-canvas': resolved.colors.dark[8] },
  };
};
