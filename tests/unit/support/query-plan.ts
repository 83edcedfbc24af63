import type { Sqlite } from '../../../electron/core/db/connection';

/**
 * SQLite's plan for a statement, one step a line. Named parameters take their values from `named`,
 * or an empty JSON list when it has none (values do not change a plan); positional ones are
 * `positional`, or an empty list each.
 */
export function queryPlan(
  sqlite: Sqlite,
  sql: string,
  named: Record<string, unknown> = {},
  positional?: unknown[],
): string {
  const names = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1] ?? ''))];
  const statement = sqlite.prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`);
  const rows =
    names.length > 0
      ? statement.all(Object.fromEntries(names.map((n) => [n, n in named ? named[n] : '[]'])))
      : statement.all(...(positional ?? (sql.replace(/'[^']*'/g, '').match(/\?/g) ?? []).map(() => '[]')));
  return rows.map((r) => r.detail).join('\n');
}
