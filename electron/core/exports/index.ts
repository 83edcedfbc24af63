import { join } from 'node:path';
import type { exportsChannels } from '#contract';
import type { Domain } from '../domain';
import type { EventBus } from '../events';
import type { Clock, Log } from '../ports';
import { createGeneratedFiles, type GeneratedFiles } from './files';
import { exportsHandlers } from './handlers';
import { createExportJobs, type ExportJobs } from './jobs';

export {
  PAGE_MS,
  writeKeysetPages,
  yieldToEventLoop,
  type ExportContext,
  type ExportJobs,
  type ExportSpec,
  type KeysetPage,
} from './jobs';
export type { GeneratedFiles } from './files';

/** The exports domain, and the jobs other domains write their files with. */
export interface Exports extends Domain<keyof typeof exportsChannels> {
  files: GeneratedFiles;
  jobs: ExportJobs;
}

/**
 * Generated files under `<dataDir>/exports/`; what earlier runs left there is cleaned up now, and
 * running jobs stop with the core.
 */
export function exportsDomain(deps: { dataDir: string; clock: Clock; events: EventBus; log: Log }): Exports {
  const files = createGeneratedFiles({ dir: join(deps.dataDir, 'exports'), clock: deps.clock });
  const removed = files.cleanup();
  if (removed > 0) deps.log.info('exports: old files removed', { removed });
  const jobs = createExportJobs({ files, events: deps.events, log: deps.log });
  return { name: 'exports', files, jobs, handlers: exportsHandlers({ files, jobs }), stop: () => jobs.stop() };
}
