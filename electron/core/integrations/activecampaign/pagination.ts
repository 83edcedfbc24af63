import { ConnectorError } from '../connector';

/** AC's largest page. Its default is 20 (100 for /fields), so asking for 100 saves calls. */
export const AC_PAGE_SIZE = 100;

/** 100 000 entries; an account beyond that is more likely a loop than a real list of tags. */
export const MAX_PAGES = 1000;

export interface Page<T> {
  items: T[];
  /** `meta.total`, which AC sends as a string; null when missing or unreadable. */
  total: number | null;
}

export function parseTotal(meta: unknown): number | null {
  if (typeof meta !== 'object' || meta === null) return null;
  const total = (meta as { total?: unknown }).total;
  const n = typeof total === 'number' ? total : typeof total === 'string' ? Number(total.trim()) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/**
 * Reads every page (limit=100, offset) until `meta.total` is reached. Without a usable total it
 * stops at the first short or empty page, and an empty page always stops it, so a server that
 * misreports its total cannot keep the loop going.
 */
export async function collectAllPages<T>(
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  options: { limit?: number; maxPages?: number } = {},
): Promise<T[]> {
  const limit = options.limit ?? AC_PAGE_SIZE;
  const maxPages = options.maxPages ?? MAX_PAGES;
  const all: T[] = [];
  let offset = 0;
  for (let pages = 0; ; pages++) {
    if (pages >= maxPages) {
      throw new ConnectorError('permanent', `ActiveCampaign returned more than ${maxPages} pages; reading stopped.`, {
        details: { reason: 'too_many_pages', read: all.length },
      });
    }
    const page = await fetchPage(offset, limit);
    all.push(...page.items);
    offset += page.items.length;
    if (page.items.length === 0) return all;
    if (page.total !== null ? offset >= page.total : page.items.length < limit) return all;
  }
}
