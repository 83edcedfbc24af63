/**
 * Runs the HubSpot emulator in its own process (Playwright, manual testing).
 *
 *   node --import tsx tests/emulators/hubspot/cli.ts --port 0 [--token T] [--client-id I --client-secret S]
 *
 * Prints exactly one line `HUBSPOT_EMULATOR_READY <url>` once listening, so the parent can wait
 * on that line instead of sleeping. Stops on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { appFromFlags, num, OAUTH_CRM_OPTIONS, serveFromCli } from '../shared/cli';
import { DEFAULT_OAUTH_APP, DEFAULT_PRIVATE_TOKEN, startHubspotEmulator } from './server';

serveFromCli('HUBSPOT_EMULATOR', () => {
  const { values } = parseArgs({ options: { ...OAUTH_CRM_OPTIONS, 'rate-max': { type: 'string' } }, strict: true });
  const max = num('rate-max', values['rate-max']);
  return startHubspotEmulator({
    port: num('port', values.port) ?? 0,
    host: values.host,
    privateTokens: values.token ?? [DEFAULT_PRIVATE_TOKEN],
    apps: [appFromFlags(values, DEFAULT_OAUTH_APP)],
    accessTokenSeconds: num('token-seconds', values['token-seconds']),
    ...(max === undefined ? {} : { rate: { max } }),
  });
});
