import type { leadsChannels } from '#contract';
import type { Sqlite } from '../db/connection';
import type { Domain } from '../domain';
import type { EventBus } from '../events';
import type { ExportJobs } from '../exports';
import type { Clock } from '../ports';
import { leadsHandlers } from './handlers';
import type { ImportsRepository } from './imports/repository';
import type { LeadServices } from './services';

/** Leads per client: the list, the detail, the manual form, settings and CSV exports. */
export function leadsDomain(deps: {
  sqlite: Sqlite;
  services: LeadServices;
  events: EventBus;
  jobs: ExportJobs;
  /** For an import's report. */
  imports: ImportsRepository;
  clock: Clock;
}): Domain<keyof typeof leadsChannels> {
  return { name: 'leads', handlers: leadsHandlers({ ...deps, ...deps.services }) };
}
