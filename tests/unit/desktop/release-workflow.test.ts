import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const require = createRequire(__filename);
// js-yaml ships without types; this is all the test needs of it.
const yaml = require('js-yaml') as { load(text: string): unknown };

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  'runs-on': string;
  permissions?: Record<string, string>;
  strategy?: { matrix: { include?: Array<Record<string, string>> } };
  steps: Step[];
  'timeout-minutes'?: number;
}
interface Workflow {
  on: { push?: { tags?: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

type Plan = {
  vars: Record<string, string>;
  files: Record<string, string>;
  summary: string[];
  warnings: string[];
};
const { signingPlan, githubEnvText } = (await import(join(ROOT, 'scripts/release-signing.mjs'))) as {
  signingPlan(platform: string, env: Record<string, string | undefined>, tempDir: string): Plan;
  githubEnvText(vars: Record<string, string>): string;
};
const { packagedApp } = (await import(join(ROOT, 'scripts/packaged-app.mjs'))) as {
  packagedApp(o: Record<string, string>): string;
};

const workflow = yaml.load(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')) as Workflow;
const builder = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  win: { target: Array<{ target: string; arch: string[] }> };
  mac: {
    target: Array<{ target: string; arch: string[] }>;
    hardenedRuntime: boolean;
    entitlements: string;
    entitlementsInherit: string;
  };
  publish: Array<{ provider: string }>;
};
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const stepIndex = (job: Job, pattern: RegExp) =>
  job.steps.findIndex((s) => pattern.test(`${s.run ?? ''} ${s.uses ?? ''}`));

describe('the release workflow', () => {
  it('runs on version tags, reading nothing but the repository until it publishes', () => {
    expect(workflow.on.push?.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+*']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const writers = Object.entries(workflow.jobs).filter(([, job]) => job.permissions?.contents === 'write');
    expect(writers.map(([name]) => name)).toEqual(['publish']);
  });

  it('packages on Windows and macOS, signing first, and smoke-tests the packaged app before keeping it', () => {
    const job = workflow.jobs.package!;
    expect(job.strategy?.matrix.include?.map((m) => [m.os, m.platform])).toEqual([
      ['windows-latest', '--win'],
      ['macos-latest', '--mac'],
    ]);
    const signing = stepIndex(job, /release-signing\.mjs/);
    const packaging = stepIndex(job, /electron-builder .*--publish never/);
    const smoke = stepIndex(job, /npm run test:packaged/);
    const upload = stepIndex(job, /actions\/upload-artifact/);
    expect(signing).toBeGreaterThan(stepIndex(job, /npm run build/));
    expect(packaging).toBeGreaterThan(signing);
    expect(smoke).toBeGreaterThan(packaging);
    expect(upload).toBeGreaterThan(smoke);
    // Secrets reach the signing step only, never the whole job.
    const withSecrets = job.steps.filter((s) => JSON.stringify(s).includes('secrets.'));
    expect(withSecrets.map((s) => s.name)).toEqual(["Signing and notarization from the repository's secrets"]);
    expect(Object.keys(withSecrets[0]!.env!)).toEqual(
      expect.arrayContaining(['WINDOWS_CERTIFICATE', 'MACOS_CERTIFICATE', 'APPLE_API_KEY', 'APPLE_ID']),
    );
  });

  it('publishes once every package passed, with the update metadata, as a draft made public last', () => {
    const job = workflow.jobs.publish!;
    expect(job.needs).toEqual(['version', 'package']);
    const run = job.steps.map((s) => s.run ?? '').join('\n');
    expect(workflow.jobs.package!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with?.path).toMatch(
      /latest\*\.yml/,
    );
    const create = run.indexOf('gh release create');
    const upload = run.indexOf('gh release upload');
    const publish = run.indexOf('--draft=false');
    expect(create).toBeGreaterThan(-1);
    expect(run.slice(create, upload)).toContain('--draft');
    expect(upload).toBeGreaterThan(create);
    expect(publish).toBeGreaterThan(upload);
  });

  it('runs only scripts the repository has', () => {
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => (s.run ? [s.run] : [])));
    for (const r of runs) {
      for (const [, script] of r.matchAll(/npm run ([\w:-]+)/g)) expect(pkg.scripts, r).toHaveProperty(script!);
      for (const [, file] of r.matchAll(/node (scripts\/[\w.-]+)/g))
        expect(existsSync(join(ROOT, file!)), r).toBe(true);
    }
    expect(existsSync(join(ROOT, 'tests/electron/packaged.spec.ts'))).toBe(true);
  });
});

describe('electron-builder for releases', () => {
  it('builds NSIS for x64 and arm64, DMG and zip (for updates) for x64 and arm64, published to GitHub', () => {
    expect(builder.win.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
    expect(builder.mac.target).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ]);
    expect(builder.publish).toEqual([{ provider: 'github', releaseType: 'release' }]);
  });

  it('signs macOS with the hardened runtime and an entitlements file that exists', () => {
    expect(builder.mac.hardenedRuntime).toBe(true);
    expect(builder.mac.entitlementsInherit).toBe(builder.mac.entitlements);
    const plist = readFileSync(join(ROOT, builder.mac.entitlements), 'utf8');
    expect(plist).toContain('com.apple.security.cs.allow-jit');
    expect(plist).not.toContain('disable-library-validation');
  });

  it('finds the packaged app where electron-builder puts it', () => {
    const o = { root: '/r', version: '1.2.3', productName: 'Zero Bad Leads', name: 'zbl' };
    expect(packagedApp({ ...o, platform: 'win32', arch: 'x64' })).toBe(
      join('/r', 'release', '1.2.3', 'win-unpacked', 'Zero Bad Leads.exe'),
    );
    expect(packagedApp({ ...o, platform: 'win32', arch: 'arm64' })).toBe(
      join('/r', 'release', '1.2.3', 'win-arm64-unpacked', 'Zero Bad Leads.exe'),
    );
    expect(packagedApp({ ...o, platform: 'darwin', arch: 'arm64' })).toBe(
      join('/r', 'release', '1.2.3', 'mac-arm64', 'Zero Bad Leads.app', 'Contents', 'MacOS', 'Zero Bad Leads'),
    );
    expect(packagedApp({ ...o, platform: 'darwin', arch: 'x64' })).toBe(
      join('/r', 'release', '1.2.3', 'mac', 'Zero Bad Leads.app', 'Contents', 'MacOS', 'Zero Bad Leads'),
    );
  });
});

describe('signing from the secrets', () => {
  const apiKey = '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----';

  it('signs Windows with its certificate, or warns and turns discovery off', () => {
    const signed = signingPlan('win32', { WINDOWS_CERTIFICATE: 'cGZ4', WINDOWS_CERTIFICATE_PASSWORD: 'pw' }, '/t');
    expect(signed.vars).toEqual({ CSC_LINK: 'cGZ4', CSC_KEY_PASSWORD: 'pw' });
    expect(signed.warnings).toEqual([]);
    // The macOS certificate never signs a Windows installer.
    const unsigned = signingPlan('win32', { MACOS_CERTIFICATE: 'cDEy', WINDOWS_CERTIFICATE: '  ' }, '/t');
    expect(unsigned.vars).toEqual({ CSC_IDENTITY_AUTO_DISCOVERY: 'false' });
    expect(unsigned.warnings.join()).toMatch(/NOT signed/);
  });

  it('signs and notarizes macOS with an API key written to a file', () => {
    const plan = signingPlan(
      'darwin',
      { MACOS_CERTIFICATE: 'cDEy', APPLE_API_KEY: apiKey, APPLE_API_KEY_ID: 'KEY123', APPLE_API_ISSUER: 'iss' },
      '/t',
    );
    const keyPath = join('/t', 'zbl-notary', 'AuthKey_KEY123.p8');
    expect(plan.vars).toEqual({
      CSC_LINK: 'cDEy',
      APPLE_API_KEY: keyPath,
      APPLE_API_KEY_ID: 'KEY123',
      APPLE_API_ISSUER: 'iss',
    });
    expect(plan.files).toEqual({ [keyPath]: apiKey });
    expect(plan.warnings).toEqual([]);
  });

  it('notarizes with an Apple ID, or says which secret is missing', () => {
    const id = signingPlan(
      'darwin',
      { MACOS_CERTIFICATE: 'cDEy', APPLE_ID: 'a@b.c', APPLE_APP_SPECIFIC_PASSWORD: 'p', APPLE_TEAM_ID: 'T' },
      '/t',
    );
    expect(id.vars).toMatchObject({ APPLE_ID: 'a@b.c', APPLE_APP_SPECIFIC_PASSWORD: 'p', APPLE_TEAM_ID: 'T' });
    const partial = signingPlan('darwin', { MACOS_CERTIFICATE: 'cDEy', APPLE_ID: 'a@b.c' }, '/t');
    expect(partial.vars).toEqual({ CSC_LINK: 'cDEy' });
    expect(partial.warnings.join()).toMatch(/NOT notarized: APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID missing/);
  });

  it('without a certificate, macOS is neither signed nor notarized, whatever else is set', () => {
    const plan = signingPlan(
      'darwin',
      { APPLE_ID: 'a@b.c', APPLE_APP_SPECIFIC_PASSWORD: 'p', APPLE_TEAM_ID: 'T' },
      '/t',
    );
    expect(plan.vars).toEqual({ CSC_IDENTITY_AUTO_DISCOVERY: 'false' });
    expect(plan.warnings.join()).toMatch(/NOT signed nor notarized/);
  });

  it('hands multi-line values to GITHUB_ENV with a delimiter', () => {
    const text = githubEnvText({ APPLE_API_KEY_ID: 'K', KEY: 'a\nb' });
    expect(text).toMatch(/^APPLE_API_KEY_ID<<(ZBL_\w+_EOF)\nK\n\1\nKEY<<(ZBL_\w+_EOF)\na\nb\n\2\n$/);
  });
});
