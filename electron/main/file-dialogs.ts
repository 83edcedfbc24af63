import type { TFunction } from 'i18next';
import type { RestoreKind } from '#contract';
import type { BackupCoreOptions } from '../core/backup';
import type { BrowserWindow, ElectronModule } from './electron-types';

/**
 * The desktop app opens and saves backups and workspaces with the system's own dialogs, so a large
 * file is read or written by the core in place, never carried through the page.
 */
export function createFileDialogs(
  e: Pick<ElectronModule, 'dialog'>,
  o: { window(): BrowserWindow | null; t(): TFunction },
): NonNullable<BackupCoreOptions['files']> {
  const parent = (): BrowserWindow | null => {
    const win = o.window();
    return win && !win.isDestroyed() ? win : null;
  };
  return {
    async chooseOpen({ purpose }: { purpose: RestoreKind }) {
      const t = o.t();
      const options: Electron.OpenDialogOptions = {
        title: purpose === 'import' ? t('desktop.files.importTitle') : t('desktop.files.restoreTitle'),
        properties: ['openFile'],
        filters:
          purpose === 'import'
            ? [
                { name: t('desktop.files.workspace'), extensions: ['zbl'] },
                { name: t('desktop.files.any'), extensions: ['*'] },
              ]
            : [
                { name: t('desktop.files.backup'), extensions: ['db', 'zbl', 'sqlite'] },
                { name: t('desktop.files.any'), extensions: ['*'] },
              ],
      };
      const win = parent();
      const answer = await (win ? e.dialog.showOpenDialog(win, options) : e.dialog.showOpenDialog(options));
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
    async chooseSave({ defaultName }: { defaultName: string }) {
      const t = o.t();
      const options: Electron.SaveDialogOptions = {
        title: t('desktop.files.exportTitle'),
        defaultPath: defaultName,
        filters: [{ name: t('desktop.files.workspace'), extensions: ['zbl'] }],
      };
      const win = parent();
      const answer = await (win ? e.dialog.showSaveDialog(win, options) : e.dialog.showSaveDialog(options));
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
  };
}
