import type { exportsChannels } from '#contract';
import type { HandlerSlice } from '../rpc/handlers';
import type { GeneratedFiles } from './files';
import type { ExportJobs } from './jobs';

/** The contract's `exports:*` channels: chunked reads of generated files, cancel and discard. */
export function exportsHandlers(deps: {
  files: GeneratedFiles;
  jobs: ExportJobs;
}): HandlerSlice<keyof typeof exportsChannels> {
  const { files, jobs } = deps;
  return {
    'exports:read': ({ id, offset }) => files.read(id, offset),
    'exports:cancel': ({ id }) => ({ cancelled: jobs.cancel(id) }),
    // A running job that is cancelled deletes its own part file.
    'exports:discard': async ({ id }) => ({ discarded: jobs.cancel(id) || (await files.discard(id)) }),
  };
}
