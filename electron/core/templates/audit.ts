import type { TemplateImportResult } from '#contract';
import type { AuditLog } from '../audit/log';

/**
 * The history's account of a saved template import or copy: one row per piece brought in (each
 * integration and scoring profile, and the lead settings), naming where it came from. The saves
 * themselves went through the other domains' channels, which recorded "created" on their own;
 * these rows say why they appeared. Written in one transaction, after everything was saved.
 */
/** The name the history gives a client's lead settings (they have none of their own). */
const LEAD_SETTINGS = 'Lead settings';

export function recordConfigImport(
  audit: AuditLog,
  sqlite: { transaction<T>(fn: () => T): () => T },
  o: { kind: 'template' | 'copy'; sourceClientName: string; result: TemplateImportResult },
): void {
  const kind = o.kind === 'copy' ? 'copy.fromClient' : 'template.imported';
  const details = { source: o.sourceClientName };
  const { clientId } = o.result;
  sqlite.transaction(() => {
    for (const i of o.result.integrations)
      audit.record({ clientId, kind, subjectId: i.id, subjectName: i.name, details });
    for (const p of o.result.profiles) audit.record({ clientId, kind, subjectId: p.id, subjectName: p.name, details });
    if (o.result.leadSettings) audit.record({ clientId, kind, subjectName: LEAD_SETTINGS, details });
  })();
}
