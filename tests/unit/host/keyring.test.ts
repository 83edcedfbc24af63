import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const available =
  spawnSync('sh', ['-c', 'command -v dbus-run-session && command -v gnome-keyring-daemon']).status === 0;

describe.runIf(available)('OS keyring (gnome-keyring over D-Bus)', () => {
  it('keeps the headless vault master key in the keyring, one entry per data folder', () => {
    const probe = join(__dirname, 'keyring-probe.ts');
    const script = `printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec node --import tsx "${probe}"`;
    // A keyring of its own, so the machine's keyring (and its password) play no part.
    const home = mkdtempSync(join(tmpdir(), 'zbl-keyring-home-'));
    const run = spawnSync('dbus-run-session', ['--', 'sh', '-c', script], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_RUNTIME_DIR: home },
    });
    rmSync(home, { recursive: true, force: true });
    const line = run.stdout.trim().split('\n').pop() ?? '';
    expect(JSON.parse(line)).toEqual({ source: 'keyring', same: true, otherDiffers: true });
  });
});
