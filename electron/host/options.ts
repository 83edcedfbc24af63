import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../core/db/data-dir';
import { isLoopbackAddress } from './security';

export interface HostOptions {
  dataDir: string;
  bind: string;
  port: number;
  publicNames: string[];
  /** The local intake API's port (0: a free one). */
  intakePort: number | undefined;
}

export const HOST_USAGE = `Usage: zero-bad-leads-host [options]
  --data-dir DIR      where the database, logs and keys live (env ZBL_DATA_DIR; default: the app-data folder)
  --port N            port to listen on (env ZBL_PORT; default: a free port)
  --intake-port N     port of the local intake API (env ZBL_INTAKE_PORT; default 47801; 0: a free port)
  --bind ADDRESS      address to listen on (default 127.0.0.1)
  --allow-remote      required with a --bind that is not a loopback address (server mode)
  --public-name NAME  an extra host name the server answers to in server mode (repeatable)
  --help              this text`;

export class UsageError extends Error {}

function portNumber(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Not a port number: ${text}`);
  return port;
}

export function parseHostOptions(argv: string[], env: NodeJS.ProcessEnv): HostOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'intake-port': { type: 'string' },
      bind: { type: 'string', default: '127.0.0.1' },
      'allow-remote': { type: 'boolean', default: false },
      'public-name': { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const port = portNumber(values.port ?? env.ZBL_PORT ?? '0');
  const intakeText = values['intake-port'] ?? env.ZBL_INTAKE_PORT;
  const intakePort = intakeText === undefined ? undefined : portNumber(intakeText);
  if (!isLoopbackAddress(values.bind) && !values['allow-remote']) {
    throw new UsageError(
      `Refusing to listen on ${values.bind}: other machines could reach the app. Add --allow-remote if that is what you want.`,
    );
  }
  const dataDir = values['data-dir'] ?? env.ZBL_DATA_DIR ?? defaultDataDir();
  return { dataDir: resolve(dataDir), bind: values.bind, port, publicNames: values['public-name'], intakePort };
}
