import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/core/db/data-dir';
import { parseHostOptions } from '../../../electron/host/options';
import { allowedHosts, originAllowed } from '../../../electron/host/security';

describe('host options', () => {
  it('binds loopback by default and takes the data folder from the flag, then the environment', () => {
    expect(parseHostOptions(['--data-dir', '/tmp/a'], { ZBL_DATA_DIR: '/tmp/b' })).toMatchObject({
      dataDir: '/tmp/a',
      bind: '127.0.0.1',
      port: 0,
    });
    expect(parseHostOptions([], { ZBL_DATA_DIR: '/tmp/b', ZBL_PORT: '4100' })).toMatchObject({
      dataDir: '/tmp/b',
      port: 4100,
    });
  });

  it('needs --allow-remote to listen beyond loopback', () => {
    expect(() => parseHostOptions(['--bind', '0.0.0.0'], {})).toThrow(/--allow-remote/);
    expect(parseHostOptions(['--bind', '0.0.0.0', '--allow-remote'], {})).toMatchObject({ bind: '0.0.0.0' });
  });

  it('takes the intake API port from the flag, then the environment, else leaves the default to the core', () => {
    expect(parseHostOptions(['--intake-port', '0'], { ZBL_INTAKE_PORT: '5000' })).toMatchObject({ intakePort: 0 });
    expect(parseHostOptions([], { ZBL_INTAKE_PORT: '5000' })).toMatchObject({ intakePort: 5000 });
    expect(parseHostOptions([], {})).toMatchObject({ intakePort: undefined });
  });

  it('rejects a bad port and unknown flags', () => {
    expect(() => parseHostOptions(['--port', '70000'], {})).toThrow(/Not a port/);
    expect(() => parseHostOptions(['--intake-port', 'abc'], {})).toThrow(/Not a port/);
    expect(() => parseHostOptions(['--nope'], {})).toThrow();
  });

  it('defaults the data folder to the platform app-data folder, as Electron does', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' })).toBe('/x/Zero Bad Leads');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toContain('Zero Bad Leads');
    expect(defaultDataDir('darwin', {})).toContain('Library/Application Support/Zero Bad Leads');
  });

  it('accepts only its own names as Host and Origin', () => {
    const allowed = allowedHosts('127.0.0.1', 5000);
    expect(originAllowed('http://localhost:5000', allowed)).toBe(true);
    expect(originAllowed('http://127.0.0.1:5000', allowed)).toBe(true);
    expect(originAllowed('http://127.0.0.1:5001', allowed)).toBe(false);
    expect(originAllowed('null', allowed)).toBe(false);
    expect(originAllowed(undefined, allowed)).toBe(false);
    expect(originAllowed('http://team-server:5000', allowedHosts('0.0.0.0', 5000, ['team-server']))).toBe(true);
  });
});
