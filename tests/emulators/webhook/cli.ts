/**
 * Runs the webhook receiver in its own process (Playwright's fixtures, manual checks).
 *
 *   node --import tsx tests/emulators/webhook/cli.ts --port 0 --secret whsec_…
 *
 * Prints exactly one line `WEBHOOK_RECEIVER_READY <url>` once listening (the URL deliveries go
 * to; control endpoints are under the same origin at /__receiver). Stops on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startWebhookReceiver } from './server';

// No top-level await: the package is CommonJS, so tsx compiles this file to CJS.
async function main(): Promise<void> {
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
  const receiver = await startWebhookReceiver({
    port,
    host: values.host,
    secrets: values.secret ?? [],
    toleranceSeconds: tolerance,
  });
  process.stdout.write(`WEBHOOK_RECEIVER_READY ${receiver.url}\n`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void receiver.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`WEBHOOK_RECEIVER_FAILED ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
