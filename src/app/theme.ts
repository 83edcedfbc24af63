import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

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

/** System fonts only: the CSP forbids remote fonts and the desktop app must look right offline. */
export const theme = createTheme({
  primaryColor: 'brand',
  colors: { brand },
  primaryShade: { light: 6, dark: 5 },
  defaultRadius: 'md',
  cursorType: 'pointer',
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

/** The canvas behind cards: a step lighter than cards in light mode, a step darker in dark mode. */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: { '--zbl-canvas': resolved.colors.gray[0] },
  dark: { '--zbl-canvas': resolved.colors.dark[8] },
});
