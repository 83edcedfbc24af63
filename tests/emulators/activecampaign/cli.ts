/**
 * Runs the emulator in its own process (Playwright's webServer, benchmarks).
 *
 *   node --import tsx tests/emulators/activecampaign/cli.ts --port 0 --token KEY
 *
 * Prints exactly one line `AC_EMULATOR_READY <url>` once listening, so the
 * parent can wait on that line instead of sleeping. Stops on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_API_TOKEN, startAcEmulator } from './server';

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
      rate: { type: 'string' },
      'window-ms': { type: 'string' },
      'retry-after': { type: 'string' },
      'extra-lists': { type: 'string' },
      'no-default-seed': { type: 'boolean', default: false },
    },
    strict: true,
  });

  const [apiToken = DEFAULT_API_TOKEN, ...extraTokens] = values.token ?? [];
  const extraLists = num('extra-lists', values['extra-lists']);

  const emulator = await startAcEmulator({
    port: num('port', values.port) ?? 0,
    host: values.host,
    accounts: [{ apiToken, extraTokens }],
    ratePerSecond: num('rate', values.rate) ?? 5,
    rateWindowMs: num('window-ms', values['window-ms']) ?? 1000,
    retryAfterSeconds: num('retry-after', values['retry-after']),
    defaultSeed: !values['no-default-seed'],
    ...(extraLists === undefined ? {} : { seed: { extraLists } }),
  });

  process.stdout.write(`AC_EMULATOR_READY ${emulator.url}\n`);

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
  process.stderr.write(`AC_EMULATOR_FAILED ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
