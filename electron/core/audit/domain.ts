import type { auditChannels } from '#contract/audit';
import type { Domain } from '../domain';
import { AppError } from '../errors';
import type { ExportJobs } from '../exports';
import type { Clock } from '../ports';
import { startAuditExport } from './export';
import type { AuditLog } from './log';

/**
 * The history of changes per client: its list and its CSV. Changes are recorded by the domains that
 * make them, through `AuditLog.record` in their own transactions; this domain only reads.
 */
export function auditDomain(deps: {
  audit: AuditLog;
  jobs: ExportJobs;
  clock: Clock;
  clientName: (id: string) => string | null;
}): Domain<keyof typeof auditChannels> {
  function requireClient(id: string): void {
    if (deps.clientName(id) === null) throw new AppError('not_found', 'This client does not exist.');
  }
  return {
    name: 'audit',
    handlers: {
      'audit:list': (query) => {
        requireClient(query.clientId);
        return deps.audit.list(query);
      },
      'audit:export': (input) => {
        requireClient(input.clientId);
        return startAuditExport({ ...deps, now: () => deps.clock.now() }, input);
      },
    },
  };
}
