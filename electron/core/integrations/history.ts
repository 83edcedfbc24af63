import type { AuditChange, AuditKind } from '#contract';
import { integrationChanges } from '../audit/integration-changes';
import type { AuditLog } from '../audit/log';
import type { IntegrationRow } from './repository';

/** A secret of an integration that a save replaced, by the setting that holds it (never its value). */
export interface ReplacedKey {
  /** `apiKey`, `token`, `connection` (a new OAuth sign-in), `signingSecret`, `secretHeader.<name>`. */
  field: string;
}

/**
 * What the integrations write into the client's history of changes. Called inside the transaction of
 * the change, so the row and the change land together.
 */
export function integrationHistory(audit: AuditLog) {
  function record(kind: AuditKind, row: IntegrationRow, changes: AuditChange[] = [], secrets: string[] = []): void {
    audit.record({
      clientId: row.clientId,
      kind,
      subjectId: row.id,
      subjectName: row.name,
      details: { changes, integrationType: row.type },
      secrets,
    });
  }

  return {
    record,
    /**
     * A save of the wizard: created, or edited (the settings that changed) and, when a key was typed
     * or a new sign-in made, its key replaced. `secrets` are the values typed, masked if they show up.
     */
    saved(before: IntegrationRow | null, after: IntegrationRow, replaced: ReplacedKey[] = [], secrets: string[] = []) {
      if (before === null) {
        record('integration.created', after, [], secrets);
        return;
      }
      const changes = integrationChanges(before, after);
      if (changes.length > 0) record('integration.edited', after, changes, secrets);
      if (replaced.length > 0) {
        record(
          'integration.keyReplaced',
          after,
          replaced.map((r) => ({ type: 'replaced', field: r.field })),
          secrets,
        );
      }
    },
  };
}

export type IntegrationHistory = ReturnType<typeof integrationHistory>;
