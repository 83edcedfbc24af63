import { existsSync, readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronBan = {
  name: 'electron',
  message:
    'Only the Electron shell (electron/main) and the preload may import electron; the core must run under plain Node.',
};
/**
 * Each connector is one among equals: what two of them share lives in integrations/shared or oauth-connector.
 * A connector is a folder of electron/core/integrations with its connector.ts and module.ts (docs/architecture.md, "Add a connector").
 */
const INTEGRATIONS_DIR = 'electron/core/integrations';
const CONNECTORS = readdirSync(INTEGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`${INTEGRATIONS_DIR}/${entry.name}/connector.ts`))
  .map((entry) => entry.name);
const connectorZones = CONNECTORS.map((name) => ({
  target: `./electron/core/integrations/${name}`,
  from: CONNECTORS.filter((other) => other !== name).map((other) => `./electron/core/integrations/${other}`),
  message: 'A connector never imports another connector: move what both need to integrations/shared.',
}));

const electronStoreBan = {
  name: 'electron-store',
  message: 'electron-store imports electron: use it only in electron/main.',
};
const electronUpdaterBan = {
  name: 'electron-updater',
  message: 'electron-updater imports electron: only the Electron shell (electron/main) updates the app.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'drizzle/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-restricted-imports': ['error', { paths: [electronBan, electronStoreBan, electronUpdaterBan] }],
    },
  },
  {
    // The module graph is a DAG: no import cycle anywhere in the app (types included).
    files: ['electron/**/*.ts', 'src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.node.json', 'tsconfig.web.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: connectorZones }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='forTests']",
          message: "The core's internals are for tests: hosts use dispatch, events and desktop.",
        },
      ],
    },
  },
  {
    // The shell and the preload are the only places that talk to Electron.
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The shell's tests drive the real updater (never Electron itself) against a fake release server.
    files: ['tests/unit/desktop/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronBan, electronStoreBan] }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan, electronStoreBan, electronUpdaterBan],
          patterns: [
            {
              group: [
                '**/electron/core/**',
                '**/electron/main/**',
                '**/electron/host/**',
                '**/electron/preload/**',
                'node:*',
              ],
              message: 'The renderer talks to the core only through the contract (electron/contract).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan, electronStoreBan, electronUpdaterBan],
          patterns: [
            {
              group: ['node:*', '**/core/**', '**/main/**', '**/host/**'],
              message: 'The contract is shared by every side: no Node, no Electron.',
            },
          ],
        },
      ],
    },
  },
  {
    // Plain JavaScript build scripts: linted without type information.
    files: ['**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node, parserOptions: { projectService: false, project: null } },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
