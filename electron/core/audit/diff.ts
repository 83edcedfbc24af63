import type { AuditChange } from '#contract';
import { isSecretKey } from '../lib/redact';

type Scalar = string | number | boolean | null;

/** Longer texts (a body template, a long URL) are said to have changed rather than quoted twice. */
const QUOTE_MAX = 120;
/** Beyond this depth an object is said to have changed as a whole. */
const DEPTH_MAX = 4;

function isScalar(v: unknown): v is Scalar | undefined {
  return v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON with sorted keys: two documents that differ only in key order are the same settings. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_key, value: unknown) =>
    isRecord(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value,
  );
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a ?? null) === canonical(b ?? null);
}

/** What names an item of a list of objects (lists, fields, rules, headers), when every item has one. */
function itemName(item: unknown): string | null {
  if (typeof item === 'string') return item;
  if (typeof item === 'number') return String(item);
  if (!isRecord(item)) return null;
  for (const key of ['name', 'title', 'label']) {
    const value = item[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return null;
}

function listChange(field: string, before: unknown[], after: unknown[]): AuditChange {
  const names = (items: unknown[]) => items.map(itemName);
  const was = names(before);
  const now = names(after);
  if (was.some((n) => n === null) || now.some((n) => n === null)) return { type: 'changed', field };
  const wasSet = new Set(was as string[]);
  const nowSet = new Set(now as string[]);
  const added = [...nowSet].filter((n) => !wasSet.has(n));
  const removed = [...wasSet].filter((n) => !nowSet.has(n));
  // Same names, other order or other settings inside an item: the list changed, and says no more.
  if (added.length === 0 && removed.length === 0) return { type: 'changed', field };
  return { type: 'list', field, added, removed };
}

function scalarChange(field: string, from: Scalar | undefined, to: Scalar | undefined): AuditChange {
  const long = (v: Scalar | undefined) => typeof v === 'string' && v.length > QUOTE_MAX;
  if (long(from) || long(to)) return { type: 'changed', field };
  return { type: 'set', field, from: from ?? null, to: to ?? null };
}

/**
 * What changed between two settings documents, one entry per changed setting (dotted paths). A key
 * that names a secret never has its values written: it only "changed" (booleans such as a header's
 * "secret" flag excepted, which say whether, not what).
 */
export function diffSettings(
  before: unknown,
  after: unknown,
  options: { skip?: ReadonlySet<string>; prefix?: string } = {},
): AuditChange[] {
  const out: AuditChange[] = [];
  walk(options.prefix ?? '', before, after, 0);
  return out;

  function walk(field: string, a: unknown, b: unknown, depth: number): void {
    if (sameValue(a, b)) return;
    const leaf = field.slice(field.lastIndexOf('.') + 1);
    const secret = leaf !== '' && isSecretKey(leaf) && typeof a !== 'boolean' && typeof b !== 'boolean';
    if (secret) {
      out.push({ type: 'changed', field });
      return;
    }
    if (isScalar(a) && isScalar(b)) {
      out.push(scalarChange(field, a, b));
      return;
    }
    if (Array.isArray(a) || Array.isArray(b)) {
      out.push(listChange(field, Array.isArray(a) ? a : [], Array.isArray(b) ? b : []));
      return;
    }
    if ((isRecord(a) || a === undefined || a === null) && (isRecord(b) || b === undefined || b === null)) {
      if (depth >= DEPTH_MAX) {
        out.push({ type: 'changed', field });
        return;
      }
      const left = isRecord(a) ? a : {};
      const right = isRecord(b) ? b : {};
      const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
      for (const key of keys) {
        const path = field === '' ? key : `${field}.${key}`;
        if (options.skip?.has(path)) continue;
        walk(path, left[key], right[key], depth + 1);
      }
      return;
    }
    out.push({ type: 'changed', field });
  }
}
