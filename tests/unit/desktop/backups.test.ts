import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupInfo, Client, WorkspaceExport } from '#contract';
import { appFrame, startShell, type Shell } from './shell-harness';

let shell: Shell | null = null;
afterEach(() => {
  shell?.cleanup();
  shell = null;
});

async function invoke<T>(s: Shell, channel: string, input: unknown): Promise<T> {
  const result = (await s.e.fake.ipcMain.invoke(channel, input, appFrame)) as { ok: boolean; value: T };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
  return result.value;
}

describe('backups in the desktop app', () => {
  it('restores a file chosen in the system dialog: the core reopens on it and the page reloads', async () => {
    const s = (shell = await startShell());
    await invoke<Client>(s, 'clients:create', { name: 'Before' });
    const backup = await invoke<BackupInfo>(s, 'backup:create', {});
    await invoke<Client>(s, 'clients:create', { name: 'After' });
    const first = s.app.core!;

    s.e.fake.dialog.openPaths.push(join(s.userData, 'backups', backup.id));
    expect(await invoke(s, 'backup:restore', { source: { kind: 'dialog' } })).toEqual({ outcome: 'restarting' });
    expect(s.e.fake.dialog.fileDialogs.at(-1)).toMatchObject({ title: 'Restore a backup', properties: ['openFile'] });
    // A call made while the data reopens waits for it, and is answered on the restored data.
    const listed = await invoke<Client[]>(s, 'clients:list', {});
    expect(listed.map((c) => c.name)).toEqual(['Before']);
    expect(first.forTests.sqlite.open).toBe(false);
    expect(s.app.core).not.toBe(first);
    const win = s.e.windows[0]!;
    expect(win.webContents.sent.map((m) => m.channel)).toContain('app:restarting');
    expect(win.webContents.reloads).toBe(1);

    // The tray and the events follow the new core.
    s.e.trays[0]!.clickItem('Pause all sending');
    expect(s.app.core!.desktop.sending.pause.state().paused).toBe(true);
    const before = win.webContents.sent.length;
    await invoke<Client>(s, 'clients:create', { name: 'Later' });
    expect(win.webContents.sent.slice(before).map((m) => m.channel)).toContain('clients:changed');
  });

  it('saves the workspace where the user chooses; cancelling changes nothing', async () => {
    const s = (shell = await startShell());
    await invoke<Client>(s, 'clients:create', { name: 'Acme' });
    const target = join(s.userData, '..', 'moving.zbl');
    s.e.fake.dialog.savePaths.push(null, target);
    expect(await invoke<WorkspaceExport>(s, 'workspace:export', { target: 'dialog' })).toEqual({
      outcome: 'cancelled',
    });
    expect(await invoke<WorkspaceExport>(s, 'workspace:export', { target: 'dialog' })).toMatchObject({
      outcome: 'saved',
      fileName: 'moving.zbl',
    });
    expect(existsSync(target)).toBe(true);
    expect(s.e.fake.dialog.fileDialogs.at(-1)).toMatchObject({
      title: 'Save the workspace',
      defaultPath: expect.stringMatching(/^Zero Bad Leads \d{4}-\d{2}-\d{2}\.zbl$/) as unknown,
    });
  });
});
