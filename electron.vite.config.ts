import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import pkg from './package.json';

const define = { __APP_VERSION__: JSON.stringify(pkg.version) };

export default defineConfig({
  main: {
    define,
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          // The Electron shell and the headless host share the core; only the shell imports electron.
          index: resolve(__dirname, 'electron/main/index.ts'),
          host: resolve(__dirname, 'electron/host/main.ts'),
          // An import's worker thread (validation and scoring); the core finds it beside itself.
          'import-worker': resolve(__dirname, 'electron/core/leads/imports/prepare-worker.ts'),
          // WAL checkpoints on a connection of their own, off the main thread.
          'checkpoint-worker': resolve(__dirname, 'electron/core/db/checkpoint-worker.ts'),
          // Large client reports on a read connection of their own, off the main thread.
          'report-worker': resolve(__dirname, 'electron/core/report/report-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': everything else is bundled in.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src'),
    define,
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      // Loaded from disk or loopback, never over a slow network: one bundle is fine.
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: resolve(__dirname, 'src/index.html') },
    },
  },
});
