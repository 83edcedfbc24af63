import { z } from 'zod';
import {
  ConnectorError,
  type BulkStatus,
  type BulkSubmitted,
  type HttpClient,
  type HttpResponse,
} from '../../connector';
import { quotable } from '../../shared/quote';
import { errorFromResponse, SHARED_LIMIT_NOTE } from '../errors';
import { unexpected } from '../wire';
import type { ImportEntry } from './entry';

/**
 * The bulk import's two calls (docs/crm/activecampaign.md §14). Its 400 is not the usual error
 * body: it names refused contacts by their index in the request, or says the account asked for
 * more than 100 imports in a minute, and in both cases nothing was queued.
 */

const IMPORT_WHAT = 'bulk import';
const STATUS_WHAT = 'bulk import status';
/** The import's own limit is per minute: past it, wait for the minute to turn. */
export const IMPORT_LIMIT_WAIT_MS = 60_000;

const queuedSchema = z.object({ batchId: z.string().min(1) });
const refusedSchema = z.object({
  message: z.string().optional(),
  failureReasons: z.array(z.unknown()).optional(),
});
const reasonSchema = z.object({
  contact: z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]),
  failureReason: z.string().optional(),
});
const infoSchema = z.object({
  status: z.string(),
  success: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
  failure: z.array(z.string()).optional(),
});

interface Target {
  http: HttpClient;
  apiUrl: string;
  apiKey: string;
}

function json(res: HttpResponse, what: string): unknown {
  try {
    return res.json();
  } catch (err) {
    throw err instanceof ConnectorError ? err : unexpected(what, err);
  }
}

function refusal(res: HttpResponse): BulkSubmitted | ConnectorError {
  let body: z.infer<typeof refusedSchema> = {};
  try {
    body = refusedSchema.parse(JSON.parse(res.text));
  } catch {
    // Not the import's own 400: read as any other answer below.
  }
  const reasons = body.failureReasons ?? [];
  const texts = reasons.filter((r): r is string => typeof r === 'string');
  const message = body.message ?? '';
  if (/rate limit/i.test(message) || texts.some((t) => /per minute/i.test(t))) {
    return new ConnectorError(
      'rate_limited',
      'ActiveCampaign accepts up to 100 imports a minute per account and refused this one (HTTP 400 "Rate limit ' +
        `exceeded."). Zero Bad Leads waits for the minute to turn. ${SHARED_LIMIT_NOTE}`,
      { status: 400, retryAfterMs: IMPORT_LIMIT_WAIT_MS, details: { reason: 'import_rate_limited' } },
    );
  }
  const refused = reasons.flatMap((r) => {
    const parsed = reasonSchema.safeParse(r);
    return parsed.success ? [{ index: parsed.data.contact, reason: parsed.data.failureReason ?? message }] : [];
  });
  if (refused.length > 0) return { queued: false, message, refused };
  const said = quotable([message, ...texts].filter((t) => t !== '').join(' '));
  return new ConnectorError(
    'permanent',
    `ActiveCampaign refused the bulk import without naming a contact (HTTP 400)${said ? `: ${said}` : ''}.`,
    { status: 400, details: { reason: 'import_refused', message } },
  );
}

export async function postImport(t: Target, contacts: readonly ImportEntry[]): Promise<BulkSubmitted> {
  const res = await t.http.request({
    method: 'POST',
    url: `${t.apiUrl}/import/bulk_import`,
    headers: { 'Api-Token': t.apiKey },
    json: { contacts },
    label: IMPORT_WHAT,
  });
  if (res.status === 400) {
    const refused = refusal(res);
    if (refused instanceof ConnectorError) throw refused;
    return refused;
  }
  if (res.status < 200 || res.status >= 300) throw errorFromResponse(res, IMPORT_WHAT);
  const parsed = queuedSchema.safeParse(json(res, IMPORT_WHAT));
  // A 200 without a batch id may still have queued the import: a transient failure sends it again,
  // which adds no one twice (the import updates contacts by e-mail).
  if (!parsed.success) throw unexpected(IMPORT_WHAT, parsed.error);
  return { queued: true, remoteId: parsed.data.batchId };
}

export async function importStatus(t: Target, batchId: string): Promise<BulkStatus> {
  const res = await t.http.request({
    method: 'GET',
    url: `${t.apiUrl}/import/info?batchId=${encodeURIComponent(batchId)}`,
    headers: { 'Api-Token': t.apiKey },
    label: STATUS_WHAT,
  });
  if (res.status < 200 || res.status >= 300) throw errorFromResponse(res, STATUS_WHAT);
  const parsed = infoSchema.safeParse(json(res, STATUS_WHAT));
  if (!parsed.success) throw unexpected(STATUS_WHAT, parsed.error);
  const { status } = parsed.data;
  // Only "completed" is documented; anything else is read as still running.
  if (status.trim().toLowerCase() !== 'completed') return { done: false, status };
  return {
    done: true,
    status,
    failedKeys: (parsed.data.failure ?? []).map((e) => e.trim().toLowerCase()),
    succeededIds: parsed.data.success ?? [],
  };
}
