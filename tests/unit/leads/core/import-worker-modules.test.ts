import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../../..');
const WORKER = join(ROOT, 'electron/core/leads/imports/prepare-worker.ts');

/** Static imports that load something at run time (`import type` and `import()` do not). */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm;

function resolveSource(specifier: string, from: string): string | null {
  const base = specifier.startsWith('#contract/')
    ? join(ROOT, 'electron/contract', specifier.slice('#contract/'.length))
    : specifier === '#contract'
      ? join(ROOT, 'electron/contract/index')
      : specifier.startsWith('.')
        ? resolve(dirname(from), specifier)
        : null;
  if (base === null) return null;
  for (const file of [`${base}.ts`, join(base, 'index.ts')]) if (existsSync(file)) return file;
  throw new Error(`${specifier} (from ${from}) does not resolve to a source file`);
}

/** The packages the worker's script loads as it starts, following its static imports. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const source = resolveSource(specifier!, file);
      if (source) pending.push(source);
      else packages.add(specifier!);
    }
  }
  return packages;
}

describe("the import worker's modules", () => {
  it('load zod only for a row the fast path refuses, not as the worker starts', () => {
    const packages = packagesLoadedBy(WORKER);
    // The walk itself works: what the worker does need is there.
    expect(packages).toContain('csv-parse');
    expect(packages).toContain('libphonenumber-js/max');
    expect(packages).not.toContain('zod');
  });
});
