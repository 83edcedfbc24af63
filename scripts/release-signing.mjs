// The release workflow's signing step: turns the repository's secrets into what electron-builder
// reads (CSC_LINK, APPLE_API_KEY…) for this platform only, and says in the job's summary what the
// packages will be: signed, notarized, or not (with a warning, never a failure). docs/release.md.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NOTARY_API = ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'];
const NOTARY_ID = ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'];

const has = (env, name) => typeof env[name] === 'string' && env[name].trim() !== '';
const missing = (env, names) => names.filter((n) => !has(env, n));

/**
 * What to sign with on `platform`, from `env` (the secrets, empty when not set). Answers the
 * variables for electron-builder, the files to write (an App Store Connect key is a file), the
 * summary's lines and the warnings.
 */
export function signingPlan(platform, env, tempDir) {
  const vars = {};
  const files = {};
  const summary = [];
  const warnings = [];
  if (platform === 'win32') {
    if (has(env, 'WINDOWS_CERTIFICATE')) {
      vars.CSC_LINK = env.WINDOWS_CERTIFICATE;
      if (has(env, 'WINDOWS_CERTIFICATE_PASSWORD')) vars.CSC_KEY_PASSWORD = env.WINDOWS_CERTIFICATE_PASSWORD;
      summary.push('Windows: signed with the certificate in WINDOWS_CERTIFICATE.');
    } else {
      vars.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
      warnings.push(
        'Windows: the installer is NOT signed (no WINDOWS_CERTIFICATE secret). SmartScreen will warn people who run it.',
      );
    }
    return { vars, files, summary, warnings };
  }
  if (platform !== 'darwin') return { vars, files, summary: [`${platform}: nothing to sign.`], warnings };

  if (!has(env, 'MACOS_CERTIFICATE')) {
    vars.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
    warnings.push(
      'macOS: the app is NOT signed nor notarized (no MACOS_CERTIFICATE secret). Gatekeeper will refuse to open it until the user allows it in System Settings, and updates cannot be installed over it.',
    );
    return { vars, files, summary, warnings };
  }
  vars.CSC_LINK = env.MACOS_CERTIFICATE;
  if (has(env, 'MACOS_CERTIFICATE_PASSWORD')) vars.CSC_KEY_PASSWORD = env.MACOS_CERTIFICATE_PASSWORD;
  summary.push('macOS: signed with the Developer ID in MACOS_CERTIFICATE (hardened runtime).');

  if (missing(env, NOTARY_API).length === 0) {
    // electron-builder wants the path of the .p8 key, not its text.
    const keyPath = join(tempDir, 'zbl-notary', `AuthKey_${env.APPLE_API_KEY_ID.trim()}.p8`);
    files[keyPath] = env.APPLE_API_KEY;
    Object.assign(vars, {
      APPLE_API_KEY: keyPath,
      APPLE_API_KEY_ID: env.APPLE_API_KEY_ID,
      APPLE_API_ISSUER: env.APPLE_API_ISSUER,
    });
    summary.push('macOS: notarized with the App Store Connect API key.');
  } else if (missing(env, NOTARY_ID).length === 0) {
    for (const name of NOTARY_ID) vars[name] = env[name];
    summary.push('macOS: notarized with the Apple ID.');
  } else {
    const partial = [NOTARY_API, NOTARY_ID].find((set) => missing(env, set).length < set.length);
    warnings.push(
      partial
        ? `macOS: the app is signed but NOT notarized: ${missing(env, partial).join(', ')} missing. Gatekeeper will warn people who open it.`
        : 'macOS: the app is signed but NOT notarized (no APPLE_API_KEY nor APPLE_ID secrets). Gatekeeper will warn people who open it.',
    );
  }
  return { vars, files, summary, warnings };
}

/** One `name<<delimiter` block per variable: safe for values on several lines. */
export function githubEnvText(vars) {
  return Object.entries(vars)
    .map(([name, value]) => {
      const delimiter = `ZBL_${Math.random().toString(36).slice(2)}_EOF`;
      return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
    .join('');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const tempDir = process.env.RUNNER_TEMP ?? process.cwd();
  const plan = signingPlan(process.platform, process.env, tempDir);
  for (const [path, text] of Object.entries(plan.files)) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text, { mode: 0o600 });
  }
  if (process.env.GITHUB_ENV) appendFileSync(process.env.GITHUB_ENV, githubEnvText(plan.vars));
  for (const warning of plan.warnings) console.log(`::warning title=Unsigned release::${warning}`);
  for (const line of plan.summary) console.log(line);
  if (process.env.GITHUB_STEP_SUMMARY) {
    const lines = [...plan.summary.map((l) => `- ${l}`), ...plan.warnings.map((w) => `- ⚠️ ${w}`)];
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, `### Signing\n\n${lines.join('\n')}\n`);
  }
}
