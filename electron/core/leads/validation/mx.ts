import { Resolver } from 'node:dns/promises';

/**
 * Optional MX lookup, behind a setting. Intake never waits for it and never fails because of it:
 * every outcome that is not a clear answer from DNS (offline, timeout, server failure) is
 * `unknown`, which scoring treats as no information.
 */
export type MxStatus = 'found' | 'none' | 'unknown';

export interface MxRecord {
  exchange: string;
  priority: number;
}

/** The slice of `node:dns/promises` used here; tests inject a fake one. */
export interface MxResolver {
  resolveMx(hostname: string): Promise<MxRecord[]>;
  cancel?: () => void;
}

export interface MxOptions {
  resolver?: MxResolver;
  /** Whole-lookup budget; DNS's own retries would otherwise take many seconds offline. */
  timeoutMs?: number;
}

export const DEFAULT_MX_TIMEOUT_MS = 2_000;

/** Answers from a server that say the domain cannot receive mail. */
const NO_MAIL_CODES: ReadonlySet<string> = new Set(['ENOTFOUND', 'ENODATA']);

function errorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return null;
}

function defaultResolver(timeoutMs: number): MxResolver {
  return new Resolver({ timeout: timeoutMs, tries: 1 });
}

export async function lookupMx(domain: string, options: MxOptions = {}): Promise<MxStatus> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_MX_TIMEOUT_MS;
  const name = domain.trim().toLowerCase();
  if (!/^[a-z0-9.-]+\.[a-z0-9-]+$/.test(name)) return 'unknown';
  let resolver: MxResolver;
  try {
    resolver = options.resolver ?? defaultResolver(timeoutMs);
  } catch {
    return 'unknown';
  }
  // A caller's resolver may be shared: cancelling it would abort other lookups too.
  const owned = options.resolver === undefined;

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'unknown'>((resolve) => {
    timer = setTimeout(() => {
      if (owned) resolver.cancel?.();
      resolve('unknown');
    }, timeoutMs);
  });
  const lookup = (async (): Promise<MxStatus> => {
    try {
      const records = await resolver.resolveMx(name);
      // A single "." exchange is a null MX (RFC 7505): the domain says it takes no mail.
      const usable = records.filter((r) => r.exchange !== '' && r.exchange !== '.');
      return usable.length > 0 ? 'found' : 'none';
    } catch (error) {
      const code = errorCode(error);
      return code !== null && NO_MAIL_CODES.has(code) ? 'none' : 'unknown';
    }
  })();
  try {
    return await Promise.race([lookup, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface MxChecker {
  check(domain: string): Promise<MxStatus>;
}

/**
 * Lookups shared per domain: a 100,000-row import asks about a few hundred domains. Only clear
 * answers are remembered, so an offline spell does not stick to a domain.
 */
export function createMxChecker(options: MxOptions & { maxEntries?: number } = {}): MxChecker {
  const maxEntries = options.maxEntries ?? 5_000;
  const answers = new Map<string, Promise<MxStatus>>();
  return {
    check(domain) {
      const key = domain.trim().toLowerCase();
      const known = answers.get(key);
      if (known) return known;
      const pending = lookupMx(key, options);
      if (answers.size >= maxEntries) {
        const oldest = answers.keys().next();
        if (!oldest.done) answers.delete(oldest.value);
      }
      answers.set(key, pending);
      void pending.then((status) => {
        if (status === 'unknown') answers.delete(key);
      });
      return pending;
    },
  };
}
