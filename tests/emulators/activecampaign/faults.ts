import { STATUS_CODES } from 'node:http';
import { z } from 'zod';
import { statusFaultResponse as sharedStatusFaultResponse } from '../shared/faults';

/** What the emulator does instead of (or before) answering normally. */
export type AcFault =
  /** Answer with this status. Body defaults to what AC or its gateway would send. */
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string>; retryAfter?: number | string }
  /** Accept the request and never answer; the client has to give up. */
  | { kind: 'timeout' }
  /** Answer normally, but only after `ms`. */
  | { kind: 'delay'; ms: number }
  /** Drop the connection with a TCP reset. */
  | { kind: 'reset' }
  /** A well-formed HTTP answer whose JSON body is cut short. */
  | { kind: 'badJson'; status?: number; body?: string };

export type AcFaultKind = AcFault['kind'];

export interface AcFaultMatch {
  method?: string;
  /**
   * Path below `/api/3` (a leading `/api/3` is ignored). In a string, `*`
   * matches anything, e.g. `/contacts/*`. Query strings are not matched.
   */
  path?: string | RegExp;
  /** Emulator account name; any account when omitted. */
  account?: string;
  /** How many matching requests get the fault. Default 1; Infinity for all. */
  times?: number;
  /** Let this many matching requests through untouched first. */
  skip?: number;
}

export interface AcFaultRuleView {
  id: string;
  fault: AcFault;
  method: string | null;
  path: string | null;
  account: string | null;
  remaining: number | 'always';
  skip: number;
}

interface Rule {
  id: string;
  fault: AcFault;
  method: string | undefined;
  path: RegExp | undefined;
  account: string | undefined;
  remaining: number;
  skip: number;
}

function compilePath(path: string | RegExp | undefined): RegExp | undefined {
  if (path === undefined || path instanceof RegExp) return path;
  const rel = path.replace(/^\/api\/3(?=\/|$)/, '') || '/';
  const source = rel
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}/?$`);
}

/** A FIFO of fault rules; each request consumes the first rule it matches. */
export class AcFaults {
  private rules: Rule[] = [];
  private seq = 0;

  add(fault: AcFault, match: AcFaultMatch = {}): string {
    const id = `fault-${++this.seq}`;
    this.rules.push({
      id,
      fault,
      method: match.method?.toUpperCase(),
      path: compilePath(match.path),
      account: match.account,
      remaining: match.times ?? 1,
      skip: match.skip ?? 0,
    });
    return id;
  }

  status(
    status: number,
    opts: AcFaultMatch & { body?: unknown; headers?: Record<string, string>; retryAfter?: number | string } = {},
  ): string {
    const { body, headers, retryAfter, ...match } = opts;
    const fault: AcFault = { kind: 'status', status };
    if (body !== undefined) fault.body = body;
    if (headers !== undefined) fault.headers = headers;
    if (retryAfter !== undefined) fault.retryAfter = retryAfter;
    return this.add(fault, match);
  }

  timeout(match: AcFaultMatch = {}): string {
    return this.add({ kind: 'timeout' }, match);
  }

  delay(ms: number, match: AcFaultMatch = {}): string {
    return this.add({ kind: 'delay', ms }, match);
  }

  reset(match: AcFaultMatch = {}): string {
    return this.add({ kind: 'reset' }, match);
  }

  badJson(match: AcFaultMatch & { body?: string } = {}): string {
    const { body, ...rest } = match;
    return this.add(body === undefined ? { kind: 'badJson' } : { kind: 'badJson', body }, rest);
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length !== before;
  }

  clear(): void {
    this.rules = [];
  }

  pending(): AcFaultRuleView[] {
    return this.rules.map((r) => ({
      id: r.id,
      fault: r.fault,
      method: r.method ?? null,
      path: r.path?.source ?? null,
      account: r.account ?? null,
      remaining: Number.isFinite(r.remaining) ? r.remaining : 'always',
      skip: r.skip,
    }));
  }

  /** Called once per API request; returns the fault to apply, if any. */
  take(method: string, path: string, account: string): AcFault | undefined {
    for (const rule of this.rules) {
      if (rule.method !== undefined && rule.method !== method) continue;
      if (rule.account !== undefined && rule.account !== account) continue;
      if (rule.path !== undefined && !rule.path.test(path)) continue;
      if (rule.skip > 0) {
        rule.skip--;
        continue;
      }
      rule.remaining--;
      if (rule.remaining <= 0) this.rules = this.rules.filter((r) => r !== rule);
      return rule.fault;
    }
    return undefined;
  }
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

/** Bodies shaped like what AC, or the gateway in front of it, sends for each status. */
export function statusFaultResponse(fault: Extract<AcFault, { kind: 'status' }>): RawResponse {
  return sharedStatusFaultResponse(fault, {
    jsonType: JSON_TYPE,
    defaultBody: defaultErrorBody,
    gatewayPage: (title) =>
      `<html><head><title>${title}</title></head><body><center><h1>${title}</h1></center></body></html>`,
    retryAfter429: 1,
  });
}

export const TOO_MANY_REQUESTS_BODY = { message: 'Too Many Requests' };

function defaultErrorBody(status: number): unknown {
  const title = STATUS_CODES[status] ?? 'Error';
  switch (status) {
    case 400:
      return {};
    case 403:
      return { errors: [{ status, title, detail: 'You do not have permission to perform this action.' }] };
    case 404:
      return { errors: [{ status, title, detail: 'Contact not found' }] };
    case 422:
      return {
        errors: [
          {
            title: 'Invalid attribute',
            detail: '',
            code: 'field_invalid',
            source: { pointer: '/data/attributes/contact' },
          },
        ],
      };
    case 429:
      return TOO_MANY_REQUESTS_BODY;
    default:
      return { errors: [{ status, title }] };
  }
}

export const DEFAULT_BAD_JSON = '{"contact":{"email":"trunc';

/** JSON for POST /__emulator/faults: one fault rule or an array of them. */
const FaultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('status'),
    status: z.number().int().min(100).max(599),
    body: z.unknown().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    retryAfter: z.union([z.number(), z.string()]).optional(),
  }),
  z.object({ kind: z.literal('timeout') }),
  z.object({ kind: z.literal('delay'), ms: z.number().min(0) }),
  z.object({ kind: z.literal('reset') }),
  z.object({
    kind: z.literal('badJson'),
    status: z.number().int().min(100).max(599).optional(),
    body: z.string().optional(),
  }),
]);

const MatchSchema = z.object({
  method: z.string().optional(),
  path: z.string().optional(),
  /** A regular expression source, for matches a glob cannot say. */
  pathRegex: z.string().optional(),
  account: z.string().optional(),
  times: z.union([z.number().int().positive(), z.literal('always')]).optional(),
  skip: z.number().int().min(0).optional(),
});

const RuleSchema = z.intersection(FaultSchema, MatchSchema);

export const FaultRequestSchema = z.union([RuleSchema, z.array(RuleSchema)]);

export function toFaultAndMatch(rule: z.infer<typeof RuleSchema>): { fault: AcFault; match: AcFaultMatch } {
  const { method, path, pathRegex, account, times, skip, ...fault } = rule;
  const match: AcFaultMatch = {};
  if (method !== undefined) match.method = method;
  if (pathRegex !== undefined) match.path = new RegExp(pathRegex);
  else if (path !== undefined) match.path = path;
  if (account !== undefined) match.account = account;
  if (times !== undefined) match.times = times === 'always' ? Infinity : times;
  if (skip !== undefined) match.skip = skip;
  return { fault, match };
}
