/**
 * AUDIT HOOK: the one place a saved template import or copy is reported to the audit log.
 * It records nothing yet: the audit log will implement this body; every import and copy already
 * calls it once, after everything was saved.
 */
export interface ConfigImportRecord {
  /** `template`: a file imported; `copy`: "Copy to other clients…". */
  kind: 'template' | 'copy';
  clientId: string;
  sourceClientName: string;
  integrationIds: string[];
  profileIds: string[];
  leadSettings: boolean;
  at: number;
}

export function recordConfigImport(record: ConfigImportRecord): void {
  void record;
}
