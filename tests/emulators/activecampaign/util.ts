import type { Clock } from './types';

/**
 * AC runs on MySQL with case- and accent-insensitive collations, so its
 * searches treat "Promoção" and "promocao" alike. Folding here reproduces
 * that, which is exactly why a client must compare names itself.
 */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Name uniqueness (tags, fields, accounts) only ignores case. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** AC's timestamp style: seconds precision with an explicit offset. */
export function acTimestamp(clock: Clock): string {
  return new Date(clock()).toISOString().slice(0, 19) + '+00:00';
}

export const FILTER_OPS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'contains', 'starts_with'] as const;

export type FilterOp = (typeof FILTER_OPS)[number];

export function isFilterOp(value: string): value is FilterOp {
  return (FILTER_OPS as readonly string[]).includes(value);
}

export function matchesOp(value: string, op: FilterOp, needle: string): boolean {
  const v = fold(value);
  const n = fold(needle);
  switch (op) {
    case 'eq':
      return v === n;
    case 'neq':
      return v !== n;
    case 'lt':
      return v < n;
    case 'lte':
      return v <= n;
    case 'gt':
      return v > n;
    case 'gte':
      return v >= n;
    case 'contains':
      return v.includes(n);
    case 'starts_with':
      return v.startsWith(n);
  }
}

/**
 * Applies `filters[<attr>]` (contains) and `filters[<attr>][<op>]` from the
 * query string. Unknown operators are ignored, as a lenient server would.
 */
export function applyAttrFilters<T>(
  items: T[],
  query: URLSearchParams,
  attr: string,
  valueOf: (item: T) => string,
): T[] {
  let out = items;
  const bare = query.get(`filters[${attr}]`);
  if (bare !== null) out = out.filter((i) => matchesOp(valueOf(i), 'contains', bare));
  const prefix = `filters[${attr}][`;
  for (const [key, needle] of query) {
    if (!key.startsWith(prefix) || !key.endsWith(']')) continue;
    const op = key.slice(prefix.length, -1);
    if (isFilterOp(op)) out = out.filter((i) => matchesOp(valueOf(i), op, needle));
  }
  return out;
}

/**
 * `orders[<attr>]=weight|asc|desc`. "weight" puts exact matches first, then
 * prefix matches, then the rest (the spec's wording), relative to `needle`.
 */
export function applyAttrOrder<T>(
  items: T[],
  order: string | null,
  needle: string | null,
  valueOf: (item: T) => string,
): T[] {
  if (order === null) return items;
  const o = order.toLowerCase();
  const byName = (a: T, b: T): number => fold(valueOf(a)).localeCompare(fold(valueOf(b)));
  if (o === 'asc') return [...items].sort(byName);
  if (o === 'desc') return [...items].sort((a, b) => byName(b, a));
  if (o === 'weight' && needle !== null) {
    const n = fold(needle);
    const rank = (item: T): number => {
      const v = fold(valueOf(item));
      if (v === n) return 0;
      return v.startsWith(n) ? 1 : 2;
    };
    // Array.prototype.sort is stable, so equal ranks keep id order.
    return [...items].sort((a, b) => rank(a) - rank(b));
  }
  return items;
}

export interface PageOptions {
  defaultLimit: number;
  maxLimit: number;
}

export interface Page<T> {
  items: T[];
  /** AC sends totals as strings. */
  total: string;
}

export function paginate<T>(items: T[], query: URLSearchParams, opts: PageOptions): Page<T> {
  const limit = clampInt(query.get('limit'), 1, opts.maxLimit) ?? opts.defaultLimit;
  const offset = clampInt(query.get('offset'), 0, Number.MAX_SAFE_INTEGER) ?? 0;
  return { items: items.slice(offset, offset + limit), total: String(items.length) };
}

function clampInt(raw: string | null, min: number, max: number): number | undefined {
  if (raw === null || !/^\d+$/.test(raw.trim())) return undefined;
  const n = Number(raw.trim());
  if (n < min) return undefined;
  return Math.min(n, max);
}

/** Ids arrive as numbers or numeric strings; both are accepted, like AC. */
export function asId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return undefined;
}

export function perstagFor(title: string): string {
  const base = fold(title)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return base === '' ? 'FIELD' : base;
}

export function stringidFor(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
