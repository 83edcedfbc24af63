#!/usr/bin/env node
// SQLite's engine (better-sqlite3) is a native module built for one runtime. node_modules keeps the
// Node build, which the tests and the headless host load; this builds a second copy for Electron's
// ABI into native/electron/, which the Electron shell loads (better-sqlite3's `nativeBinding`).
// `npm install` runs it with --if-possible: where Electron's runtime did not install, it says so and
// stops without failing. Packaged apps do not use it: electron-builder rebuilds the packaged copy.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ifPossible = process.argv.includes('--if-possible');
const modules = join(root, 'node_modules');
const target = join(root, 'native', 'electron');

function stop(message) {
  console.warn(`Electron's SQLite build: ${message}`);
  process.exit(ifPossible ? 0 : 1);
}

const electronPkg = join(modules, 'electron', 'package.json');
if (!existsSync(electronPkg)) stop('the electron package is not installed.');
if (!existsSync(join(modules, 'electron', 'path.txt'))) {
  stop('skipped, the Electron runtime is not installed here (npm start opens the app in the browser instead).');
}
const electronVersion = JSON.parse(readFileSync(electronPkg, 'utf8')).version;
const sqlitePkg = JSON.parse(readFileSync(join(modules, 'better-sqlite3', 'package.json'), 'utf8'));

// A staging copy of the package without its Node build, so the rebuild cannot overwrite that one.
const staging = join(modules, '.cache', 'zbl-electron-native');
rmSync(staging, { recursive: true, force: true });
const stagedPkg = join(staging, 'node_modules', 'better-sqlite3');
cpSync(join(modules, 'better-sqlite3'), stagedPkg, {
  recursive: true,
  filter: (src) => !(basename(src) === 'build' && dirname(src) === join(modules, 'better-sqlite3')),
});
writeFileSync(
  join(staging, 'package.json'),
  JSON.stringify({ name: 'zbl-electron-native', private: true, dependencies: { 'better-sqlite3': sqlitePkg.version } }),
);

console.log(
  `Building SQLite (better-sqlite3 ${sqlitePkg.version}) for Electron ${electronVersion} (${process.arch})...`,
);
try {
  // electron-builder's own rebuilder: a prebuilt binary for Electron when one is published, else node-gyp.
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({
    buildPath: staging,
    electronVersion,
    arch: process.arch,
    onlyModules: ['better-sqlite3'],
    force: true,
    mode: 'sequential',
  });
  const built = join(stagedPkg, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(built)) throw new Error(`the rebuild left no ${built}`);
  mkdirSync(target, { recursive: true });
  copyFileSync(built, join(target, 'better_sqlite3.node'));
  writeFileSync(
    join(target, 'build.json'),
    `${JSON.stringify({ electron: electronVersion, betterSqlite3: sqlitePkg.version, arch: process.arch, platform: process.platform }, null, 2)}\n`,
  );
  rmSync(staging, { recursive: true, force: true });
  console.log(`Electron's SQLite build is in ${join('native', 'electron')}.`);
} catch (err) {
  stop(
    `the build failed (${err instanceof Error ? err.message : String(err)}). ` +
      'It needs the network once and a C++ toolchain when no prebuilt binary exists; run "npm run rebuild:electron" to try again.',
  );
}
