/** ⌘ on a Mac, Ctrl elsewhere: how the select-all shortcut is written for this user. */
export function modKey(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
}

/** Ctrl+A (⌘A on a Mac) with no other modifier. */
export function isSelectAll(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}) {
  return e.key.toLowerCase() === 'a' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
}
