import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface WorkerScript {
  file: string;
  execArgv?: string[];
}

/**
 * A worker thread's script: `<built>.js` beside the bundle the core is built into (out/main, or its
 * chunks folder; electron.vite.config.ts names each worker's entry), or the TypeScript source in
 * `sourceDir` when the core runs from its sources (tests and benchmarks, under tsx). A script given
 * by the host wins; null when none exists.
 */
export function findWorkerScript(
  given: string | undefined,
  sourceDir: string,
  source: string,
  built: string,
): WorkerScript | null {
  if (given !== undefined) return existsSync(given) ? { file: given } : null;
  const ts = join(sourceDir, source);
  if (existsSync(ts)) return { file: ts, execArgv: ['--import', 'tsx'] };
  const file = [join(sourceDir, `${built}.js`), join(sourceDir, '..', `${built}.js`)].find((f) => existsSync(f));
  return file ? { file } : null;
}
