#!/usr/bin/env node
// `npm start`: the Electron app where its runtime is installed, otherwise the headless host.
// `npm run dev`: the same with rebuilds on change (electron-vite dev, or a watched headless host).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, watch } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dev = args.includes('--dev');
const forwarded = args.filter((a) => a !== '--dev' && a !== '--headless');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

/** Electron's npm package downloads its binary on first use; here that means "not installed". */
function electronRuntime() {
  if (args.includes('--headless') || process.env.ZBL_HEADLESS === '1')
    return { ok: false, why: 'headless mode was asked for' };
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return { ok: true };
  if (!existsSync(pathFile))
    return { ok: false, why: 'the Electron runtime is not installed (node_modules/electron has no binary)' };
  const exe = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(exe)) return { ok: false, why: `the Electron runtime is missing at ${exe}` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { ok: false, why: 'there is no display to open a window on' };
  }
  return { ok: true };
}

function run(cmd, cmdArgs, env = {}) {
  const child = spawn(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

function build() {
  const result = spawnSync(bin('electron-vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const runtime = electronRuntime();
if (runtime.ok) {
  if (dev) run(bin('electron-vite'), ['dev', ...forwarded]);
  else {
    build();
    run(bin('electron-vite'), ['preview', '--skipBuild', ...forwarded]);
  }
} else {
  console.log(`Starting the headless host in your browser because ${runtime.why}.`);
  build();
  const host = join(root, 'out', 'main', 'host.js');
  if (!dev) {
    run(process.execPath, [host, ...forwarded]);
  } else {
    // One token for the whole session, so the page survives the host's restarts.
    const token = randomBytes(24).toString('base64url');
    run(process.execPath, ['--watch-path', join(root, 'out', 'main'), host, ...forwarded], { ZBL_TOKEN: token });
    let timer;
    const rebuild = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        console.log('Change seen: rebuilding (reload the page when it is done)...');
        spawnSync(bin('electron-vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
      }, 200);
    };
    for (const dir of ['src', 'electron', 'drizzle']) watch(join(root, dir), { recursive: true }, rebuild);
  }
}
