import type { AuditKind } from '#contract';
import type { Sqlite } from '../db/connection';
import type { AuditLog } from './log';

/**
 * Records a change of an integration's state made outside the integrations domain (Pause and Resume
 * on Send Leads, which the dispatch engine serves), under the integration's current name. An unknown
 * integration records nothing: the engine refuses it and says why.
 */
export function integrationStateRecorder(audit: AuditLog, sqlite: Sqlite) {
  const find = sqlite.prepare<[string], { client_id: string; name: string; type: string }>(
    'SELECT client_id, name, type FROM integrations WHERE id = ? AND deleted_at IS NULL',
  );
  return {
    transaction: <T>(fn: () => T): T => sqlite.transaction(fn)(),
    integration(kind: AuditKind, integrationId: string): void {
      const row = find.get(integrationId);
      if (!row) return;
      audit.record({
        clientId: row.client_id,
        kind,
        subjectId: integrationId,
        subjectName: row.name,
        details: { integrationType: row.type },
      });
    },
  };
}
