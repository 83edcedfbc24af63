import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
// js-yaml ships without types; this is all the test needs of it.
const yaml = createRequire(__filename)('js-yaml') as { load(text: string): unknown };

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  shell?: string;
  if?: string;
}
interface Job {
  'runs-on': string;
  strategy?: { matrix: Record<string, unknown[]>; 'fail-fast'?: boolean };
  steps: Step[];
  'timeout-minutes'?: number;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const text = readFileSync(join(ROOT, '.github/workflows/desktop.yml'), 'utf8');
const workflow = yaml.load(text) as Workflow;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** The workflow's structure, checked where actionlint is not available. */
describe('the desktop CI workflow', () => {
  it('runs on pushes, pull requests and by hand', () => {
    expect(workflow.name).toBe('Desktop');
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
  });

  it('has one smoke job on Windows and macOS, bounded in time', () => {
    const job = workflow.jobs.smoke!;
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    expect(job.strategy?.matrix.os).toEqual(['windows-latest', 'macos-latest']);
    expect(job['timeout-minutes']).toBeLessThanOrEqual(60);
  });

  it('every step is named and either uses a pinned action or runs a command', () => {
    for (const job of Object.values(workflow.jobs)) {
      expect(job.steps.length).toBeGreaterThan(0);
      for (const step of job.steps) {
        expect(step.name, JSON.stringify(step)).toBeTruthy();
        expect(Boolean(step.uses) !== Boolean(step.run), `${step.name}: exactly one of uses/run`).toBe(true);
        if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
      }
    }
  });

  it('installs, builds and runs the Electron smoke test with what the repository has', () => {
    const steps = workflow.jobs.smoke!.steps;
    const runs = steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(runs.some((r) => r.startsWith('npm ci'))).toBe(true);
    for (const r of runs) {
      for (const [, script] of r.matchAll(/npm run ([\w:-]+)/g)) expect(pkg.scripts, r).toHaveProperty(script!);
    }
    expect(runs).toContain('npm run test:electron');
    expect(pkg.scripts['test:electron']).toContain('playwright.electron.config.ts');
    expect(existsSync(join(ROOT, 'playwright.electron.config.ts'))).toBe(true);
    expect(existsSync(join(ROOT, 'tests/electron/desktop.spec.ts'))).toBe(true);
    const node = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(node?.with?.['node-version-file']).toBe('.nvmrc');
    expect(readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim()).toBe('24');
  });

  it('uses only expressions GitHub defines here', () => {
    const expressions = [...text.matchAll(/\$\{\{\s*([^}]+?)\s*\}\}/g)].map((m) => m[1]);
    expect(expressions.length).toBeGreaterThan(0);
    for (const expr of expressions) expect(expr).toMatch(/^(matrix\.os|github\.ref)$/);
  });
});
