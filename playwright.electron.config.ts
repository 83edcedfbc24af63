import { defineConfig } from '@playwright/test';

/**
 * The desktop smoke test: the built app under the real Electron runtime (`npm run test:electron`).
 * Kept apart from the browser end-to-end tests, which run against the headless host: where
 * Electron's runtime is not installed, its spec skips itself and says why.
 */
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
