import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Whether Electron's binary is installed (its npm package downloads it on install, which some networks block). */
export function electronRuntime(): { ok: true; executable: string } | { ok: false; why: string } {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return { ok: false, why: 'node_modules/electron has no binary (path.txt is missing)' };
  const executable = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executable)) return { ok: false, why: `the Electron binary is missing at ${executable}` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { ok: false, why: 'there is no display to open a window on' };
  }
  return { ok: true, executable };
}
