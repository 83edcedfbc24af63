/**
 * Runs the Pipedrive emulator in its own process (Playwright, manual testing).
 *
 *   node --import tsx tests/emulators/pipedrive/cli.ts --port 0 [--token T] [--client-id I --client-secret S]
 *
 * Prints exactly one line `PIPEDRIVE_EMULATOR_READY <url>` once listening, so the parent can wait
 * on that line instead of sleeping. Stops on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { appFromFlags, num, OAUTH_CRM_OPTIONS, serveFromCli } from '../shared/cli';
import { DEFAULT_API_TOKEN, DEFAULT_OAUTH_APP, startPipedriveEmulator } from './server';

serveFromCli('PIPEDRIVE_EMULATOR', () => {
  const { values } = parseArgs({ options: { ...OAUTH_CRM_OPTIONS, 'daily-tokens': { type: 'string' } }, strict: true });
  const daily = num('daily-tokens', values['daily-tokens']);
  return startPipedriveEmulator({
    port: num('port', values.port) ?? 0,
    host: values.host,
    apiTokens: values.token ?? [DEFAULT_API_TOKEN],
    apps: [appFromFlags(values, DEFAULT_OAUTH_APP)],
    accessTokenSeconds: num('token-seconds', values['token-seconds']),
    ...(daily === undefined ? {} : { rate: { dailyTokens: daily } }),
  });
});
