/**
 * `/__emulator/*`: lets another process (Playwright, a benchmark runner)
 * drive and inspect the emulator. No Api-Token, no rate limit, not logged.
 */
import { z } from 'zod';
import type { AcAccount, AcAccountConfig } from './account';
import { FaultRequestSchema, JSON_TYPE, toFaultAndMatch, type AcFaults, type RawResponse } from './faults';
import type { AcStats, RequestLog } from './log';
import type { RateLimitConfig } from './rate-limit';
import type { ImportSettings } from './imports';
import { FIELD_TYPES } from './types';

export interface ControlTarget {
  accounts(): AcAccount[];
  /** The first account when `name` is null. */
  account(name: string | null): AcAccount | undefined;
  faults: AcFaults;
  log: RequestLog;
  stats: AcStats;
  reset(): void;
  addAccount(config: AcAccountConfig): AcAccount;
  setRateLimit(patch: Partial<RateLimitConfig>, account?: string): void;
  setImports(patch: Partial<ImportSettings>, account?: string): void;
}

const SeedSchema = z.object({
  lists: z.array(z.union([z.string(), z.object({ name: z.string(), archived: z.boolean().optional() })])).optional(),
  extraLists: z.number().int().min(0).max(10_000).optional(),
  tags: z.array(z.string()).optional(),
  fields: z
    .array(z.object({ title: z.string(), type: z.enum(FIELD_TYPES).optional(), perstag: z.string().optional() }))
    .optional(),
  accounts: z.array(z.string()).optional(),
  contacts: z
    .array(
      z.object({
        email: z.string(),
        firstName: z.string().optional(),
        lastName: z.string().optional(),
        phone: z.string().optional(),
        tags: z.array(z.string()).optional(),
        lists: z.array(z.string()).optional(),
        account: z.string().optional(),
      }),
    )
    .optional(),
});

const ConfigSchema = z.object({
  account: z.string().optional(),
  /** 0 or null turns limiting off (JSON has no Infinity). */
  ratePerSecond: z.number().min(0).nullable().optional(),
  rateWindowMs: z.number().positive().optional(),
  retryAfterSeconds: z.number().min(0).nullable().optional(),
  /** Bulk imports: how long each takes, whether they wait for POST /imports/process, how many a minute. */
  importDelayMs: z.number().min(0).optional(),
  importProcessing: z.enum(['auto', 'manual']).optional(),
  importsPerMinute: z.number().int().min(1).optional(),
});

const FailEmailsSchema = z.object({ emails: z.array(z.string().min(1)).max(10_000) });

const NewAccountSchema = z.object({
  name: z.string().min(1),
  apiToken: z.string().min(1),
  extraTokens: z.array(z.string()).optional(),
  seed: SeedSchema.optional(),
  ratePerSecond: z.number().min(0).optional(),
});

function json(status: number, body: unknown): RawResponse {
  return { status, headers: { 'Content-Type': JSON_TYPE }, body: JSON.stringify(body) };
}

function parseBody(raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

function describe(account: AcAccount): Record<string, unknown> {
  return { name: account.name, url: account.url, apiUrl: account.apiUrl, tokens: account.tokens };
}

export function handleControl(
  target: ControlTarget,
  method: string,
  path: string,
  query: URLSearchParams,
  rawBody: string,
): RawResponse {
  const parsed = parseBody(rawBody);
  if (!parsed.ok) return json(400, { error: 'body is not valid JSON' });
  const body = parsed.value;
  const accountName = query.get('account');
  const account = target.account(accountName);
  if (!account) return json(404, { error: `no account named "${accountName ?? ''}"` });
  const route = `${method} ${path.replace(/\/+$/, '') || '/'}`;

  switch (route) {
    case 'GET /health':
      return json(200, { ok: true, accounts: target.accounts().map(describe) });
    case 'GET /state':
      return json(200, account.state.snapshot());
    case 'GET /contact': {
      const contact = account.state.contact(query.get('email') ?? '');
      return contact ? json(200, contact) : json(404, { error: 'no such contact' });
    }
    case 'GET /log':
      return json(200, { entries: target.log.entries(accountName === null ? {} : { account: account.name }) });
    case 'DELETE /log':
      target.log.clear();
      return json(200, { ok: true });
    case 'GET /stats':
      return json(200, target.stats);
    case 'GET /faults':
      return json(200, { faults: target.faults.pending() });
    case 'DELETE /faults':
      target.faults.clear();
      return json(200, { ok: true });
    case 'POST /faults': {
      const rules = FaultRequestSchema.safeParse(body);
      if (!rules.success) return json(400, { error: z.prettifyError(rules.error) });
      const list = Array.isArray(rules.data) ? rules.data : [rules.data];
      const ids = list.map((rule) => {
        const { fault, match } = toFaultAndMatch(rule);
        return target.faults.add(fault, match);
      });
      return json(201, { ids });
    }
    case 'POST /reset':
      target.reset();
      return json(200, { ok: true });
    case 'POST /seed': {
      const seed = SeedSchema.safeParse(body);
      if (!seed.success) return json(400, { error: z.prettifyError(seed.error) });
      try {
        account.state.seed(seed.data);
      } catch (err) {
        return json(400, { error: err instanceof Error ? err.message : String(err) });
      }
      return json(200, account.state.snapshot());
    }
    case 'POST /config': {
      const cfg = ConfigSchema.safeParse(body);
      if (!cfg.success) return json(400, { error: z.prettifyError(cfg.error) });
      const patch: Partial<RateLimitConfig> = {};
      if (cfg.data.ratePerSecond !== undefined) patch.ratePerSecond = cfg.data.ratePerSecond ?? 0;
      if (cfg.data.rateWindowMs !== undefined) patch.windowMs = cfg.data.rateWindowMs;
      if (cfg.data.retryAfterSeconds !== undefined) patch.retryAfterSeconds = cfg.data.retryAfterSeconds ?? undefined;
      target.setRateLimit(patch, cfg.data.account);
      const imports: Partial<ImportSettings> = {};
      if (cfg.data.importDelayMs !== undefined) imports.delayMs = cfg.data.importDelayMs;
      if (cfg.data.importProcessing !== undefined) imports.processing = cfg.data.importProcessing;
      if (cfg.data.importsPerMinute !== undefined) imports.perMinute = cfg.data.importsPerMinute;
      target.setImports(imports, cfg.data.account);
      return json(200, { ok: true });
    }
    case 'GET /imports':
      return json(200, {
        imports: account.imports.all().map((r) => ({
          batchId: r.batchId,
          status: r.status,
          contacts: r.contacts.length,
          success: r.success.length,
          failure: r.failure,
        })),
      });
    case 'POST /imports/process':
      return json(200, { processed: account.imports.processAll() });
    case 'POST /imports/fail': {
      const fail = FailEmailsSchema.safeParse(body);
      if (!fail.success) return json(400, { error: z.prettifyError(fail.error) });
      account.imports.failOn(fail.data.emails);
      return json(200, { ok: true });
    }
    case 'POST /accounts': {
      const cfg = NewAccountSchema.safeParse(body);
      if (!cfg.success) return json(400, { error: z.prettifyError(cfg.error) });
      try {
        return json(201, describe(target.addAccount(cfg.data)));
      } catch (err) {
        return json(409, { error: err instanceof Error ? err.message : String(err) });
      }
    }
    default:
      return json(404, { error: `unknown control endpoint ${route}` });
  }
}
