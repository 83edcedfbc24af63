/**
 * Runs the emulator in its own process (Playwright's webServer, benchmarks).
 *
 *   node --import tsx tests/emulators/activecampaign/cli.ts --port 0 --token KEY
 *
 * Prints exactly one line `AC_EMULATOR_READY <url>` once listening, so the
 * parent can wait on that line instead of sleeping. Stops on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { num, serveFromCli } from '../shared/cli';
import { DEFAULT_API_TOKEN, startAcEmulator } from './server';

serveFromCli('AC_EMULATOR', () => {
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
      'import-delay-ms': { type: 'string' },
    },
    strict: true,
  });
  const [apiToken = DEFAULT_API_TOKEN, ...extraTokens] = values.token ?? [];
  const extraLists = num('extra-lists', values['extra-lists']);
  return startAcEmulator({
    port: num('port', values.port) ?? 0,
    host: values.host,
    accounts: [{ apiToken, extraTokens }],
    ratePerSecond: num('rate', values.rate) ?? 5,
    rateWindowMs: num('window-ms', values['window-ms']) ?? 1000,
    retryAfterSeconds: num('retry-after', values['retry-after']),
    defaultSeed: !values['no-default-seed'],
    imports: { delayMs: num('import-delay-ms', values['import-delay-ms']) ?? 0 },
    ...(extraLists === undefined ? {} : { seed: { extraLists } }),
  });
});
