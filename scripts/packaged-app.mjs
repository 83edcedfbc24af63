// Prints the path of the app electron-builder just packaged for this computer's platform and
// architecture (release/<version>/…), for the smoke test of the packaged app: `ZBL_PACKAGED_APP`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');

/** Where electron-builder puts the unpacked app of `platform`/`arch`, and its executable inside. */
export function packagedApp({ root = ROOT, version, productName, name, platform, arch }) {
  const release = join(root, 'release', version);
  if (platform === 'win32') {
    return join(release, arch === 'x64' ? 'win-unpacked' : `win-${arch}-unpacked`, `${productName}.exe`);
  }
  if (platform === 'darwin') {
    const dir = arch === 'x64' ? 'mac' : `mac-${arch}`;
    return join(release, dir, `${productName}.app`, 'Contents', 'MacOS', productName);
  }
  return join(release, arch === 'x64' ? 'linux-unpacked' : `linux-${arch}-unpacked`, name);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const path = packagedApp({
    version: pkg.version,
    productName: pkg.productName,
    name: pkg.name,
    platform: process.platform,
    arch: process.arch,
  });
  if (!existsSync(path)) {
    console.error(`No packaged app at ${path}: run electron-builder for this platform first.`);
    process.exit(1);
  }
  console.log(path);
}
