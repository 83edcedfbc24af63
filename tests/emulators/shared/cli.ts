/**
 * What every emulator's command line does the same way: number flags checked, exactly one ready
 * line once listening (so a parent process waits on it instead of sleeping), a clean stop on
 * SIGINT/SIGTERM, and one failure line on stderr.
 */

export function num(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number, got "${raw}"`);
  return n;
}

/**
 * Starts the server `start` returns and prints `<PREFIX>_READY <url>`; on failure prints
 * `<PREFIX>_FAILED <why>` and exits 1. No top-level await in callers: the package is CommonJS,
 * so tsx compiles the CLIs to CJS.
 */
export function serveFromCli(prefix: string, start: () => Promise<{ url: string; close(): Promise<void> }>): void {
  const main = async (): Promise<void> => {
    const server = await start();
    process.stdout.write(`${prefix}_READY ${server.url}\n`);
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      void server.close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  };
  main().catch((err: unknown) => {
    process.stderr.write(`${prefix}_FAILED ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}

/** The flags the OAuth CRM emulators (HubSpot, Pipedrive) share. */
export const OAUTH_CRM_OPTIONS = {
  port: { type: 'string', default: '0' },
  host: { type: 'string', default: '127.0.0.1' },
  token: { type: 'string', multiple: true },
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
  'token-seconds': { type: 'string' },
} as const;

/** The OAuth app an OAuth CRM emulator's CLI was given, each part falling back to the default. */
export function appFromFlags(
  values: { 'client-id'?: string; 'client-secret'?: string },
  fallback: { clientId: string; clientSecret: string },
): { clientId: string; clientSecret: string } {
  return {
    clientId: values['client-id'] ?? fallback.clientId,
    clientSecret: values['client-secret'] ?? fallback.clientSecret,
  };
}
