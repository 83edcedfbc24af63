import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The tests run the built app; a missing build should say so instead of timing out on a blank page. */
export default function globalSetup(): void {
  const root = join(__dirname, '..', '..');
  for (const file of ['out/main/host.js', 'out/renderer/index.html']) {
    if (!existsSync(join(root, file))) {
      throw new Error(`${file} is missing: run "npx electron-vite build" (or "npm run test:e2e") first.`);
    }
  }
}
