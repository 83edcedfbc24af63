import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { AcAccount, type AcAccountConfig } from './account';
import { handleControl, type ControlTarget } from './control';
import { notFound } from './errors';
import { applyFault } from '../shared/faults';
import { AcFaults, DEFAULT_BAD_JSON, JSON_TYPE, statusFaultResponse } from './faults';
import { bodyForLog, listen, readBody, send } from './http-util';
import { RequestLog, clearStats, emptyStats, type AcLogEntry, type AcStats } from './log';
import { handleApiCall } from './pipeline';
import type { RateLimitConfig } from './rate-limit';
import { DEFAULT_IMPORT_SETTINGS, type ImportSettings } from './imports';
import { DEFAULT_SEED } from './seed';
import type { AcAccountState } from './state';
import type { AcSeed, Clock } from './types';

export const DEFAULT_API_TOKEN = 'ac-emulator-token';

export interface AcEmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Key of the single default account; ignored when `accounts` is given. */
  apiToken?: string;
  /** The first is served at `/api/3`, every one also at `/acct/<name>/api/3`. */
  accounts?: AcAccountConfig[];
  /** Per account and window. Default 5 (AC's limit); 0 or Infinity disables. */
  ratePerSecond?: number;
  /** Default 1000. Tests may shorten it rather than sleep a second. */
  rateWindowMs?: number;
  retryAfterSeconds?: number;
  /** Drives the rate window and timestamps; default `Date.now`. */
  clock?: Clock;
  /** Lists "Newsletter"/"Clientes 2026" and fields "Lead Score"/"CNPJ". Default true. */
  defaultSeed?: boolean;
  /** Loaded into every account after the default seed. */
  seed?: AcSeed;
  /** Request log capacity. Default 10 000. */
  logLimit?: number;
  /** Bulk imports: processing time, manual processing, imports per minute (imports.ts). */
  imports?: Partial<ImportSettings>;
}

export interface AcEmulator {
  /** What a user pastes as "API URL", e.g. `http://127.0.0.1:5123`. */
  readonly url: string;
  /** `url` + `/api/3`. */
  readonly apiUrl: string;
  readonly port: number;
  readonly apiToken: string;
  /** Data of the first account. */
  readonly state: AcAccountState;
  readonly faults: AcFaults;
  readonly log: RequestLog;
  /** Live counters (not a copy). */
  readonly stats: AcStats;
  readonly accounts: readonly AcAccount[];
  account(name: string): AcAccount;
  addAccount(config: AcAccountConfig): AcAccount;
  /** Changes the rate limit of every account, or of the named one. */
  setRateLimit(patch: Partial<RateLimitConfig>, account?: string): void;
  /** Changes how bulk imports are processed, for every account or the named one. */
  setImports(patch: Partial<ImportSettings>, account?: string): void;
  /** Data back to the seed; faults, log, stats, rate windows and rate settings back to start. */
  reset(): void;
  close(): Promise<void>;
}

export async function startAcEmulator(options: AcEmulatorOptions = {}): Promise<AcEmulator> {
  const clock = options.clock ?? Date.now;
  const host = options.host ?? '127.0.0.1';
  const rate: RateLimitConfig = {
    ratePerSecond: options.ratePerSecond ?? 5,
    windowMs: options.rateWindowMs ?? 1000,
    retryAfterSeconds: options.retryAfterSeconds,
  };
  const baseSeeds: AcSeed[] = [
    ...(options.defaultSeed === false ? [] : [DEFAULT_SEED]),
    ...(options.seed ? [options.seed] : []),
  ];
  const importSettings: ImportSettings = { ...DEFAULT_IMPORT_SETTINGS, ...options.imports };
  const accounts = new Map<string, AcAccount>();
  const faults = new AcFaults();
  const log = new RequestLog(options.logLimit ?? 10_000);
  const stats = emptyStats();
  const hanging = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  let origin = '';
  let closing = false;

  const addAccount = (config: AcAccountConfig): AcAccount => {
    const name = config.name ?? (accounts.size === 0 ? 'main' : `account${accounts.size + 1}`);
    if (accounts.has(name)) throw new Error(`AC emulator: account "${name}" already exists`);
    const seeds = [...baseSeeds, ...(config.seed ? [config.seed] : [])];
    const account = new AcAccount(config, name, clock, seeds, rate, importSettings);
    accounts.set(name, account);
    if (origin !== '') account.bind(origin, accounts.size === 1);
    return account;
  };
  const configs = options.accounts?.length ? options.accounts : [{ apiToken: options.apiToken ?? DEFAULT_API_TOKEN }];
  configs.forEach(addAccount);
  const primary = [...accounts.values()][0] as AcAccount;

  const resolveAccount = (pathname: string): { account: AcAccount; path: string } | undefined => {
    const m = /^(?:\/acct\/([^/]+))?\/api\/3(\/.*)?$/.exec(pathname);
    if (!m) return undefined;
    const account = m[1] === undefined ? primary : accounts.get(decodeURIComponent(m[1]));
    return account ? { account, path: m[2] ?? '/' } : undefined;
  };

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  const reset = (): void => {
    for (const account of accounts.values()) {
      account.state.reset();
      account.limiter.reset();
      account.imports.reset();
    }
    faults.clear();
    log.clear();
    clearStats(stats);
  };

  const setRateLimit = (patch: Partial<RateLimitConfig>, name?: string): void => {
    for (const account of accounts.values()) {
      if (name === undefined || account.name === name) account.limiter.configure(patch);
    }
  };

  const setImports = (patch: Partial<ImportSettings>, name?: string): void => {
    for (const account of accounts.values()) {
      if (name === undefined || account.name === name) account.imports.configure(patch);
    }
  };

  const control: ControlTarget = {
    accounts: () => [...accounts.values()],
    account: (name) => (name === null ? primary : accounts.get(name)),
    faults,
    log,
    stats,
    reset,
    addAccount,
    setRateLimit,
    setImports,
  };

  const onRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const at = clock();
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = (req.method ?? 'GET').toUpperCase();
    let raw: string;
    try {
      raw = await readBody(req);
    } catch {
      send(res, { status: 413, headers: { 'Content-Type': JSON_TYPE, Connection: 'close' }, body: '{}' });
      req.socket.destroy();
      return;
    }

    if (url.pathname === '/__emulator' || url.pathname.startsWith('/__emulator/')) {
      send(res, handleControl(control, method, url.pathname.slice('/__emulator'.length), url.searchParams, raw));
      return;
    }

    const target = resolveAccount(url.pathname);
    const tokenHeader = req.headers['api-token'];
    const token = Array.isArray(tokenHeader) ? tokenHeader[0] : tokenHeader;
    const entry: AcLogEntry = {
      seq: log.nextSeq(),
      at,
      account: target?.account.name ?? '',
      method,
      path: target?.path ?? url.pathname,
      query: url.search.slice(1),
      status: 0,
      durationMs: 0,
      fault: null,
      rateLimited: false,
      token: token ?? null,
      body: bodyForLog(raw),
    };
    const finish = (status: number): void => {
      entry.status = status;
      entry.durationMs = performance.now() - started;
      log.push(entry);
      stats.requests++;
      if (status > 0) stats.byStatus[String(status)] = (stats.byStatus[String(status)] ?? 0) + 1;
      if (target) stats.peakPerWindow = Math.max(stats.peakPerWindow, target.account.limiter.peak);
    };

    if (!target) {
      const res404 = notFound(`No route matches ${method} ${url.pathname}`);
      send(res, { status: 404, headers: { 'Content-Type': JSON_TYPE }, body: JSON.stringify(res404.body) });
      finish(404);
      return;
    }

    const fault = faults.take(method, target.path, target.account.name);
    if (fault) {
      entry.fault = fault.kind;
      stats.faultsApplied++;
      const settled = await applyFault(fault, {
        req,
        res,
        hanging,
        statusResponse: statusFaultResponse,
        jsonType: JSON_TYPE,
        badJsonBody: DEFAULT_BAD_JSON,
        finish,
        sleep,
        closing: () => closing,
      });
      if (settled) return;
    }

    const outcome = handleApiCall({
      account: target.account,
      method,
      path: target.path,
      query: url.searchParams,
      token,
      rawBody: raw,
    });
    if (outcome.authFailed) stats.authFailures++;
    if (outcome.rateLimited) {
      stats.rateLimited++;
      entry.rateLimited = true;
    }
    send(res, outcome);
    finish(outcome.status);
  };

  const server = createServer((req, res) => {
    void onRequest(req, res);
  });
  const port = await listen(server, options.port ?? 0, host);
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let index = 0;
  for (const account of accounts.values()) account.bind(origin, index++ === 0);

  return {
    url: primary.url,
    apiUrl: primary.apiUrl,
    port,
    apiToken: primary.apiToken,
    state: primary.state,
    faults,
    log,
    stats,
    get accounts() {
      return [...accounts.values()];
    },
    account(name: string): AcAccount {
      const account = accounts.get(name);
      if (!account) throw new Error(`AC emulator: no account named "${name}"`);
      return account;
    },
    addAccount,
    setRateLimit,
    setImports,
    reset,
    async close(): Promise<void> {
      closing = true;
      for (const account of accounts.values()) account.imports.dispose();
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const res of hanging) res.socket?.destroy();
      hanging.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
