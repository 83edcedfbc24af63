/** Domains that can be looked up by exact name: a `Set`, or the compact list below. */
export type DomainList = Pick<ReadonlySet<string>, 'has' | 'size'>;

const QUOTE = 0x22;
const SEPARATOR = '","';

/** Order by UTF-16 code unit (as `Array.prototype.sort`) of `a[aStart, aEnd)` against `b[bStart, bEnd)`. */
function compareRanges(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): number {
  const common = Math.min(aEnd - aStart, bEnd - bStart);
  for (let k = 0; k < common; k++) {
    const diff = a.charCodeAt(aStart + k) - b.charCodeAt(bStart + k);
    if (diff !== 0) return diff;
  }
  return aEnd - aStart - (bEnd - bStart);
}

/**
 * A list written as a JavaScript array's items, `"a.com","b.com",…`, sorted and distinct, kept as
 * that one string with where each item starts, and looked up by binary search. mailchecker's
 * 56,000 disposable domains take about 1 MB this way against about 5 MB as a `Set` of strings, and
 * every thread that validates leads holds its own copy (docs/development.md, "Memory during an
 * import"). Null unless the text is exactly such a list (no escapes, in order, no repeats).
 */
export function quotedDomainList(text: string): DomainList | null {
  if (text.length < 3 || text.charCodeAt(0) !== QUOTE || text.charCodeAt(text.length - 1) !== QUOTE) return null;
  if (text.includes('\\')) return null;
  let quotes = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === QUOTE) quotes++;
  const count = quotes / 2;
  // Item i spans starts[i] up to starts[i + 1] - SEPARATOR.length; the last bound closes the last item.
  const starts = new Uint32Array(count + 1);
  let at = 1;
  for (let i = 0; i < count; i++) {
    starts[i] = at;
    const next = text.indexOf(SEPARATOR, at);
    at = next < 0 ? text.length + 2 : next + SEPARATOR.length;
  }
  starts[count] = at;
  const end = (i: number): number => starts[i + 1]! - SEPARATOR.length;
  if (at !== text.length + 2) return null;
  for (let i = 0; i < count; i++) {
    // An item holds no quote of its own, and follows the one before it.
    if (end(i) <= starts[i]! || text.indexOf('"', starts[i]) !== end(i)) return null;
    if (i > 0 && compareRanges(text, starts[i - 1]!, end(i - 1), text, starts[i]!, end(i)) >= 0) return null;
  }

  return {
    size: count,
    has(domain: string): boolean {
      let low = 0;
      let high = count - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const order = compareRanges(domain, 0, domain.length, text, starts[middle]!, end(middle));
        if (order === 0) return true;
        if (order < 0) high = middle - 1;
        else low = middle + 1;
      }
      return false;
    },
  };
}
