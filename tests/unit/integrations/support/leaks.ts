import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputOf } from '#contract';
import type { Core } from '../../../../electron/core';
import { call } from '../../support/core-harness';
import { readExport, watchExports } from '../../logs/export-support';

/** The logs export of every dispatch, as the user would save it. */
async function exportedLogs(core: Core): Promise<string> {
  const watch = watchExports(core);
  try {
    const started = await call<OutputOf<'logs:export'>>(core, 'logs:export', {});
    const finished = await watch.finished(started.id);
    if (finished.kind !== 'ready') throw new Error('the logs export failed');
    return (await readExport(core, started.id)).bytes.toString('utf8');
  } finally {
    watch.stop();
  }
}

/** Every file below `dir` except the database, whose secrets are sealed and checked through its rows. */
function filesBelow(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesBelow(path));
    else if (!entry.name.startsWith('zero-bad-leads.db') && statSync(path).isFile()) {
      out.push(readFileSync(path, 'utf8'));
    }
  }
  return out;
}

/**
 * The secrets found in anything a user can see or send on: attempt rows (response excerpts and
 * request dumps), dispatches, integrations' config, the log files and the logs export.
 */
export async function secretsShown(core: Core, dataDir: string, secrets: string[]): Promise<string[]> {
  const dumps: string[] = [];
  for (const table of ['dispatch_attempts', 'dispatches', 'integrations']) {
    dumps.push(JSON.stringify(core.forTests.sqlite.prepare(`SELECT * FROM ${table}`).all()));
  }
  dumps.push(await exportedLogs(core));
  dumps.push(...filesBelow(dataDir));
  const all = dumps.join('\n');
  return secrets.filter((s) => all.includes(s));
}

/** A remote that echoes what it was sent: the body a misbehaving CRM might answer with. */
export function echoBody(secrets: string[]): string {
  return JSON.stringify({ error: 'internal', debug: { seen: secrets, header: `Bearer ${secrets[0] ?? ''}` } });
}
