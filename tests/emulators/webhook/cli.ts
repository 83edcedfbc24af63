/**
 * Runs the webhook receiver in its own process (Playwright's fixtures, manual checks).
 *
 *   node --import tsx tests/emulators/webhook/cli.ts --port 0 --secret whsec_…
 *
 * Prints exactly one line `WEBHOOK_RECEIVER_READY <url>` once listening (the URL deliveries go
 * to; control endpoints are under the same origin at /__receiver). Stops on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { serveFromCli } from '../shared/cli';
import { startWebhookReceiver } from './server';

serveFromCli('WEBHOOK_RECEIVER', () => {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      secret: { type: 'string', multiple: true },
      tolerance: { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0) throw new Error(`--port must be a port number, got "${values.port}"`);
  const tolerance = values.tolerance === undefined ? undefined : Number(values.tolerance);
  return startWebhookReceiver({ port, host: values.host, secrets: values.secret ?? [], toleranceSeconds: tolerance });
});
