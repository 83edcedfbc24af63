/**
 * Runs the Pipedrive emulator in its own process (Playwright, manual testing).
 *
 *   node --import tsx tests/emulators/pipedrive/cli.ts --port 0 [--token T] [--client-id I --client-secret S]
 *
 * Prints exactly one line `PIPEDRIVE_EMULATOR_READY <url>` once listening, so the parent can wait
 * on that line instead of sleeping. Stops on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_API_TOKEN, DEFAULT_OAUTH_APP, startPipedriveEmulator } from './server';

function num(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number, got "${raw}"`);
  return n;
}

// No top-level await: the package is CommonJS, so tsx compiles this file to CJS.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string', multiple: true },
      'client-id': { type: 'string' },
      'client-secret': { type: 'string' },
      'token-seconds': { type: 'string' },
      'daily-tokens': { type: 'string' },
    },
    strict: true,
  });
  const daily = num('daily-tokens', values['daily-tokens']);
  const emulator = await startPipedriveEmulator({
    port: num('port', values.port) ?? 0,
    host: values.host,
    apiTokens: values.token ?? [DEFAULT_API_TOKEN],
    apps: [
      {
        clientId: values['client-id'] ?? DEFAULT_OAUTH_APP.clientId,
        clientSecret: values['client-secret'] ?? DEFAULT_OAUTH_APP.clientSecret,
      },
    ],
    accessTokenSeconds: num('token-seconds', values['token-seconds']),
    ...(daily === undefined ? {} : { rate: { dailyTokens: daily } }),
  });
  process.stdout.write(`PIPEDRIVE_EMULATOR_READY ${emulator.url}\n`);
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`PIPEDRIVE_EMULATOR_FAILED ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
