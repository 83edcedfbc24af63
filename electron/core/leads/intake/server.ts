import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { leadInputSchema } from '#contract/lead-input';
import type { Sqlite } from '../../db/connection';
import type { Clock, Log } from '../../ports';
import type { Ingest } from '../ingest';
import { parseJson } from '../row';
import type { ValidationIssue } from '../validation';
import type { LeadSettingsRepo } from '../settings';
import { bearerToken, BodyTooLarge, drainBody, readBody, SenderGone, sendError, sendJson } from './http';

export const INTAKE_PATH = '/v1/leads';
export const DEFAULT_INTAKE_PORT = 47801;
/** A lead is a few hundred bytes; this leaves room for many custom fields and nothing more. */
export const INTAKE_MAX_BODY_BYTES = 64 * 1024;
/** How much of a refused upload is read (and discarded) so that its sender can read the 413. */
const DRAIN_LIMITS = { bytes: 32 * 1024 * 1024, ms: 5_000 };
/** How long an `Idempotency-Key` is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
const KNOWN_FIELDS = new Set(Object.keys(leadInputSchema.shape));

function refuseTooLarge(res: ServerResponse): void {
  const message = `A lead must be at most ${INTAKE_MAX_BODY_BYTES} bytes.`;
  sendError(res, 413, 'body_too_large', message, {}, { connection: 'close' });
}

/** The stored validation's issues as the API answers them. */
function issuesOf(validation: string | null): Array<Pick<ValidationIssue, 'field' | 'code' | 'severity' | 'message'>> {
  const parsed = parseJson<{ issues?: ValidationIssue[] } | null>(validation, null);
  return (parsed?.issues ?? []).map(({ field, code, severity, message }) => ({ field, code, severity, message }));
}

export interface IntakeServerDeps {
  settings: LeadSettingsRepo;
  ingest: Ingest;
  sqlite: Sqlite;
  clock: Clock;
  log: Log;
  /** 0 picks a free port (tests). */
  port: number;
}

/**
 * The local intake API: `POST /v1/leads` with a client's bearer token, on 127.0.0.1 only. Answers
 * `202` with the lead's id once it is stored or merged into the client's lead with the same
 * e-mail (and, when qualified, queued for the client's integrations). Listens only while at least one client has it enabled.
 */
export function createIntakeServer(d: IntakeServerDeps) {
  let server: Server | null = null;
  let port: number | null = null;
  let error: string | null = null;
  let lastPrune = 0;
  const inFlight = new Set<string>();
  const findKey = d.sqlite.prepare<[string, string], { body_hash: string; lead_id: string }>(
    `SELECT body_hash, lead_id FROM intake_requests WHERE client_id = ? AND key = ?`,
  );
  const saveKey = d.sqlite.prepare(
    `INSERT INTO intake_requests (client_id, key, body_hash, lead_id, created_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const prune = d.sqlite.prepare(`DELETE FROM intake_requests WHERE created_at < ?`);
  const scoreOf = d.sqlite.prepare<
    [string],
    { score: number | null; score_range: string | null; validation: string | null; blocked_by: string | null }
  >(`SELECT score, score_range, validation, blocked_by FROM leads WHERE id = ?`);

  function pruneKeys(): void {
    const now = d.clock.now();
    if (now - lastPrune < 60 * 60 * 1000) return;
    lastPrune = now;
    prune.run(now - IDEMPOTENCY_TTL_MS);
  }

  function hostAllowed(req: IncomingMessage): boolean {
    // Refuses DNS-rebinding: a page on another name resolving to 127.0.0.1 carries its own Host.
    const host = (req.headers.host ?? '').toLowerCase();
    return port !== null && (host === `127.0.0.1:${port}` || host === `localhost:${port}`);
  }

  async function postLead(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const token = bearerToken(req);
    if (!token) {
      sendError(
        res,
        401,
        'missing_token',
        'Send the client token as "Authorization: Bearer <token>".',
        {},
        {
          'www-authenticate': 'Bearer realm="zero-bad-leads"',
        },
      );
      return;
    }
    const owner = d.settings.clientForToken(token);
    if (!owner) {
      sendError(
        res,
        401,
        'invalid_token',
        'This token is not valid; copy it again from the client’s Leads settings.',
        {},
        {
          'www-authenticate': 'Bearer realm="zero-bad-leads", error="invalid_token"',
        },
      );
      return;
    }
    if (!owner.enabled) {
      sendError(res, 403, 'intake_disabled', 'The intake API is turned off for this client.');
      return;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      sendError(res, 415, 'unsupported_media_type', 'Send the lead as JSON with "Content-Type: application/json".');
      return;
    }
    const key = req.headers['idempotency-key'];
    if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))) {
      sendError(res, 400, 'invalid_idempotency_key', 'Idempotency-Key must be 1–200 visible ASCII characters.');
      return;
    }

    let body: Buffer;
    try {
      body = await readBody(req, INTAKE_MAX_BODY_BYTES);
    } catch (err) {
      if (err instanceof BodyTooLarge) {
        await drainBody(req, DRAIN_LIMITS);
        refuseTooLarge(res);
        return;
      }
      throw err;
    }
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch (err) {
      sendError(res, 400, 'invalid_json', `The body is not valid JSON: ${(err as Error).message}`);
      return;
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      sendError(res, 422, 'invalid_lead', 'The body must be one JSON object: a lead.');
      return;
    }
    const parsed = leadInputSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.message }));
      sendError(res, 422, 'invalid_lead', 'Some fields are not valid.', { issues });
      return;
    }
    if (parsed.data.email === undefined) {
      sendError(res, 422, 'email_required', 'The lead needs an "email".', {
        issues: [{ path: 'email', code: 'required' }],
      });
      return;
    }
    const ignored = Object.keys(json).filter((k) => !KNOWN_FIELDS.has(k));

    const bodyHash = createHash('sha256').update(body).digest('hex');
    const flightKey = key === undefined ? null : `${owner.clientId}\n${key}`;
    if (key !== undefined) {
      const seen = findKey.get(owner.clientId, key);
      if (seen) {
        if (seen.body_hash !== bodyHash) {
          sendError(res, 422, 'idempotency_key_reused', 'This Idempotency-Key was already used with another body.');
          return;
        }
        sendJson(res, 202, { id: seen.lead_id, status: 'accepted' }, { 'idempotent-replayed': 'true' });
        return;
      }
      if (flightKey && inFlight.has(flightKey)) {
        sendError(res, 409, 'request_in_progress', 'A request with this Idempotency-Key is still being processed.');
        return;
      }
    }
    if (flightKey) inFlight.add(flightKey);
    try {
      pruneKeys();
      // A form sent twice by the same person must not make two leads (and two CRM contacts): an
      // e-mail the client already has is merged into that lead, as an import's "update" does.
      const { outcomes, dispatches } = await d.ingest.ingest(owner.clientId, [parsed.data], {
        origin: 'api',
        duplicates: 'update',
        alongside: (done) => {
          const leadId = done[0]?.leadId;
          if (key !== undefined && leadId) saveKey.run(owner.clientId, key, bodyHash, leadId, d.clock.now());
        },
      });
      const outcome = outcomes[0];
      if (!outcome) throw new Error('The lead was not stored.');
      const lead = scoreOf.get(outcome.leadId);
      sendJson(res, 202, {
        id: outcome.leadId,
        status: 'accepted',
        merged: outcome.kind === 'updated',
        qualified: outcome.qualified,
        score: lead?.score ?? null,
        scoreRange: lead?.score_range ?? null,
        dispatches,
        // Bad data the client's profile refuses, whatever the score: why a lead was not sent.
        blockedBy: parseJson<string[]>(lead?.blocked_by ?? null, []),
        // What validation found (and cleaned), so the sender can fix its form.
        issues: issuesOf(lead?.validation ?? null),
        ...(ignored.length > 0 ? { ignoredFields: ignored } : {}),
      });
    } finally {
      if (flightKey) inFlight.delete(flightKey);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req)) {
      sendError(res, 421, 'wrong_host', 'Use http://127.0.0.1 with the port shown in the app.');
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/v1/health') {
      if (req.method !== 'GET') return sendError(res, 405, 'method_not_allowed', 'Use GET.', {}, { allow: 'GET' });
      return sendJson(res, 200, { ok: true });
    }
    if (path !== INTAKE_PATH) {
      sendError(res, 404, 'not_found', `Send leads to POST ${INTAKE_PATH}.`);
      return;
    }
    if (req.method !== 'POST') {
      sendError(res, 405, 'method_not_allowed', 'Use POST.', {}, { allow: 'POST' });
      return;
    }
    await postLead(req, res);
  }

  async function start(): Promise<void> {
    if (server) return;
    const s = createServer((req, res) => {
      handle(req, res).catch((err: unknown) => {
        if (err instanceof SenderGone) {
          d.log.info('intake: the sender went away before its request was read', { error: err.message });
          res.destroy();
          return;
        }
        d.log.error('intake: request failed', { error: String(err) });
        if (!res.headersSent) sendError(res, 500, 'internal', 'The lead could not be stored; try again.');
        else res.destroy();
      });
    });
    // A sender that asks before uploading (Expect: 100-continue) learns of an oversized body without sending it.
    s.on('checkContinue', (req, res) => {
      if (hostAllowed(req) && Number(req.headers['content-length'] ?? 0) > INTAKE_MAX_BODY_BYTES) {
        refuseTooLarge(res);
        return;
      }
      res.writeContinue();
      s.emit('request', req, res);
    });
    s.requestTimeout = 15_000;
    s.headersTimeout = 10_000;
    await new Promise<void>((resolve) => {
      s.on('error', (err: NodeJS.ErrnoException) => {
        if (server === s) {
          // Once listening, an error (e.g. a failed accept) is logged; the server carries on.
          d.log.warn('intake: server error', { error: String(err) });
          return;
        }
        error = err.code === 'EADDRINUSE' ? 'port_in_use' : (err.code ?? 'listen_failed');
        d.log.warn('intake: cannot listen', { port: d.port, error: String(err) });
        resolve();
      });
      s.listen(d.port, '127.0.0.1', () => {
        server = s;
        port = (s.address() as AddressInfo).port;
        error = null;
        d.log.info('intake: listening', { port });
        resolve();
      });
    });
  }

  async function stop(): Promise<void> {
    const s = server;
    server = null;
    port = null;
    if (!s) return;
    await new Promise<void>((resolve) => {
      s.close(() => resolve());
      s.closeAllConnections();
    });
  }

  return {
    /** Listens while any client has the API on; stops when none has. */
    async sync(): Promise<void> {
      if (d.settings.anyIntakeEnabled()) await start();
      else await stop();
    },
    stop,
    endpoint(): string | null {
      return port === null ? null : `http://127.0.0.1:${port}${INTAKE_PATH}`;
    },
    error(): string | null {
      return error;
    },
  };
}

export type IntakeServer = ReturnType<typeof createIntakeServer>;
