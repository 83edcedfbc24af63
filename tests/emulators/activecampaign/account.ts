import { DEFAULT_IMPORT_SETTINGS, ImportQueue, type ImportSettings } from './imports';
import { RateLimiter, type RateLimitConfig } from './rate-limit';
import { AcAccountState } from './state';
import type { AcSeed, AcUserSeed, Clock, UserRecord } from './types';

export interface AcAccountConfig {
  /** URL-safe name; other than the first account, served under `/acct/<name>`. */
  name?: string;
  apiToken: string;
  /** More keys on the same account, each its own user (AC gives every user a key). */
  extraTokens?: string[];
  user?: AcUserSeed;
  /** Loaded after the default seed (unless that is turned off). */
  seed?: AcSeed;
  /** Overrides the emulator-wide rate for this account. */
  ratePerSecond?: number;
}

const NAME = /^[A-Za-z0-9_-]+$/;

/** One AC account: its data, its keys and its own rate-limit budget. */
export class AcAccount {
  readonly name: string;
  readonly state: AcAccountState;
  readonly limiter: RateLimiter;
  readonly imports: ImportQueue;
  readonly apiToken: string;
  /** Base URL a user would paste (no `/api/3`). */
  url = '';
  apiUrl = '';
  private readonly users = new Map<string, UserRecord>();

  constructor(
    config: AcAccountConfig,
    name: string,
    clock: Clock,
    seeds: AcSeed[],
    rate: RateLimitConfig,
    imports: ImportSettings = DEFAULT_IMPORT_SETTINGS,
  ) {
    if (!NAME.test(name)) throw new Error(`AC emulator: account name "${name}" must match ${NAME}`);
    this.name = name;
    this.apiToken = config.apiToken;
    this.state = new AcAccountState(clock, seeds);
    this.limiter = new RateLimiter({ ...rate, ratePerSecond: config.ratePerSecond ?? rate.ratePerSecond }, clock);
    this.imports = new ImportQueue(this.state, clock, imports);
    this.users.set(config.apiToken, {
      id: '1',
      username: config.user?.username ?? 'admin',
      firstName: config.user?.firstName ?? 'Ana',
      lastName: config.user?.lastName ?? 'Souza',
      email: config.user?.email ?? `admin@${name}.example.com`,
      phone: config.user?.phone ?? '',
      signature: null,
    });
    for (const token of config.extraTokens ?? []) this.addToken(token);
  }

  /** Adds a key for a new user of this account; returns that user's id. */
  addToken(token: string): string {
    const id = String(this.users.size + 1);
    this.users.set(token, {
      id,
      username: `user${id}`,
      firstName: 'User',
      lastName: id,
      email: `user${id}@${this.name}.example.com`,
      phone: '',
      signature: null,
    });
    return id;
  }

  get tokens(): string[] {
    return [...this.users.keys()];
  }

  userFor(token: string | undefined): UserRecord | undefined {
    return token === undefined ? undefined : this.users.get(token);
  }

  bind(origin: string, primary: boolean): void {
    this.url = primary ? origin : `${origin}/acct/${this.name}`;
    this.apiUrl = `${this.url}/api/3`;
  }
}
