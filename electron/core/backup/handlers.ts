import type { BackupInfo, backupChannels, KeysNeeded, RestoreSource, WorkspaceExport } from '#contract/backup';
import type { HandlerSlice } from '../rpc/handlers';
import { dismissLastRestore, readLastRestore } from './pending';

type Outcome = Promise<{ outcome: 'restarting' | 'cancelled' }>;

/** `backup:*` and `workspace:*`: thin over the module, which owns the rules. */
export function backupHandlers(d: {
  overview(): { backups: BackupInfo[]; folder: string; keep: number; running: boolean };
  create(): Promise<BackupInfo>;
  setKeep(keep: number): { keep: number };
  restore(source: RestoreSource): Outcome;
  importWorkspace(source: RestoreSource): Outcome;
  exportWorkspace(target: 'download' | 'dialog'): Promise<WorkspaceExport>;
  keysNeeded(): KeysNeeded;
  dataDir: string;
}): HandlerSlice<keyof typeof backupChannels> {
  return {
    'backup:overview': () => ({ ...d.overview(), lastRestore: readLastRestore(d.dataDir) }),
    'backup:create': () => d.create(),
    'backup:setKeep': ({ keep }) => d.setKeep(keep),
    'backup:restore': ({ source }) => d.restore(source),
    'backup:dismissRestore': () => ({ dismissed: dismissLastRestore(d.dataDir) }),
    'workspace:export': ({ target }) => d.exportWorkspace(target),
    'workspace:import': ({ source }) => d.importWorkspace(source),
    'backup:keysNeeded': () => d.keysNeeded(),
  };
}
