/**
 * A remote's own words made ready to quote inside one of our sentences: its final full stop goes,
 * so "…limit." quoted before our own full stop does not read "limit..".
 */
export function quotable(text: string): string {
  return text
    .trim()
    .replace(/[.。]+$/u, '')
    .trimEnd();
}
