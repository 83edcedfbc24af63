import type { UpdateInfo } from 'electron-updater';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * GitHub gives a release's notes as HTML. The page shows them as plain text (never as markup from
 * the network): list items as bullets, paragraphs and line breaks kept, every tag dropped.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<\s*(script|style)[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, '')
    .replace(/<\s*li[^>]*>/gi, '\n• ')
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\s*\/\s*(p|div|h[1-6]|ul|ol|pre|blockquote)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One text for every version between this one and the newest (newest first), or null. */
export function releaseNotesText(notes: UpdateInfo['releaseNotes']): string | null {
  if (notes == null) return null;
  const text =
    typeof notes === 'string'
      ? htmlToText(notes)
      : notes
          .map((n) => {
            const body = n.note ? htmlToText(n.note) : '';
            return body ? `${n.version}\n${body}` : n.version;
          })
          .join('\n\n');
  return text === '' ? null : text.slice(0, 20_000);
}
