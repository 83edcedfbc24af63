import type { RestoreKind } from '#contract/backup';

/** What a host offers the backups domain; each is optional and the domain says what is missing. */
export interface BackupCoreOptions {
  /** The desktop app's own file dialogs (the headless host uploads and downloads through the contract). */
  files?: {
    chooseOpen(o: { purpose: RestoreKind }): Promise<string | null>;
    chooseSave(o: { defaultName: string }): Promise<string | null>;
  };
  /**
   * Closes this core and opens a new one on the same data folder (a staged restore is applied in
   * between); the host reconnects or reloads its pages.
   */
  restart?: (reason: RestoreKind) => void;
}
