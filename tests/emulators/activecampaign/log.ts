import type { AcFaultKind } from './faults';

export interface AcLogEntry {
  seq: number;
  /** Emulator clock time (ms) when the request arrived. */
  at: number;
  /** Emulator account name; "" when the path named no account. */
  account: string;
  method: string;
  /** Path below `/api/3`, e.g. `/contact/sync`. */
  path: string;
  /** Raw query string without "?", "" when absent. */
  query: string;
  /** 0 when no answer was sent (reset, timeout). */
  status: number;
  durationMs: number;
  fault: AcFaultKind | null;
  rateLimited: boolean;
  /** The Api-Token header as sent, or null. */
  token: string | null;
  /** Parsed JSON body, the raw text if it was not JSON, or null. */
  body: unknown;
}

/** Bounded so a long benchmark cannot grow it without limit; the oldest entries go first. */
export class RequestLog {
  private items: AcLogEntry[] = [];
  private seq = 0;

  constructor(private readonly limit: number) {}

  nextSeq(): number {
    return ++this.seq;
  }

  push(entry: AcLogEntry): void {
    this.items.push(entry);
    if (this.items.length > this.limit) this.items.splice(0, this.items.length - this.limit);
  }

  /** A copy, optionally narrowed to a method and/or a path below `/api/3`. */
  entries(filter: { method?: string; path?: string; account?: string } = {}): AcLogEntry[] {
    return this.items.filter(
      (e) =>
        (filter.method === undefined || e.method === filter.method.toUpperCase()) &&
        (filter.path === undefined || e.path === filter.path) &&
        (filter.account === undefined || e.account === filter.account),
    );
  }

  count(filter: { method?: string; path?: string; account?: string } = {}): number {
    return this.entries(filter).length;
  }

  clear(): void {
    this.items = [];
  }
}

export interface AcStats {
  requests: number;
  byStatus: Record<string, number>;
  /** 429s from the rate limiter only (not injected ones): benchmarks assert this is 0. */
  rateLimited: number;
  authFailures: number;
  faultsApplied: number;
  /** Most requests one account accepted within one rate window. */
  peakPerWindow: number;
}

export function emptyStats(): AcStats {
  return { requests: 0, byStatus: {}, rateLimited: 0, authFailures: 0, faultsApplied: 0, peakPerWindow: 0 };
}

/** Zeroes in place, so references handed out earlier stay live. */
export function clearStats(stats: AcStats): void {
  Object.assign(stats, emptyStats());
}
