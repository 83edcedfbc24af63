import { randomUUID } from 'node:crypto';
import type { Core } from '../../electron/core';
import { seedClient, seedIntegration } from '../unit/support/dispatch-core';

export const DAY_MS = 24 * 60 * 60 * 1000;

const FIRST = ['Maria', 'João', 'Ana', 'José', 'Francisca', 'Antônio', 'Luíza', 'Carlos', 'Patrícia', 'Bruno'];
const LAST = ['da Silva', 'Souza', 'dos Santos', 'Oliveira', 'Pereira', 'Lima', 'Conceição', 'Ferreira'];

/** State mix of a healthy agency: mostly sent, a few errors and waits. Attempts each state usually took. */
const MIX: Array<{ state: string; share: number; attempts: number }> = [
  { state: 'sent', share: 0.8, attempts: 2 },
  { state: 'error', share: 0.08, attempts: 5 },
  { state: 'retrying', share: 0.03, attempts: 3 },
  { state: 'held', share: 0.02, attempts: 2 },
  { state: 'skipped', share: 0.05, attempts: 0 },
  { state: 'cancelled', share: 0.02, attempts: 1 },
];

export interface LogsData {
  clients: string[];
  integrations: string[];
  dispatches: number;
  attempts: number;
  leads: number;
  seconds: number;
}

/**
 * The outbox of a busy year: `attempts` attempt rows over their dispatches, leads, 20 clients and
 * 2 integrations each, spread evenly over the `days` before `now`. Written with prepared
 * statements, 20,000 dispatches per transaction, the way the engine's own rows look.
 */
export function generateLogs(core: Core, o: { attempts: number; now: number; days: number }): LogsData {
  const started = performance.now();
  const clients = Array.from({ length: 20 }, (_, i) => seedClient(core, `Cliente ${String(i + 1).padStart(2, '0')}`));
  const byClient = clients.map((c) => [
    seedIntegration(core, c, { type: 'activecampaign', name: 'ActiveCampaign' }),
    seedIntegration(core, c, { type: 'webhook', name: 'Webhook' }),
  ]);
  const lead = core.forTests.sqlite.prepare(
    `INSERT INTO leads (id, client_id, full_name, email, email_key, received_at, qualified, is_test, created_at,
       updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 0, ?, ?)`,
  );
  const dispatch = core.forTests.sqlite.prepare(
    `INSERT INTO dispatches (id, client_id, lead_id, integration_id, state, attempt_count, next_attempt_at,
       held_reason, last_error_class, last_error, last_status, is_test, created_at, updated_at, finished_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
  );
  const attempt = core.forTests.sqlite.prepare(
    `INSERT INTO dispatch_attempts (dispatch_id, client_id, number, started_at, duration_ms, outcome, error_class,
       status_code, message, calls) VALUES (?, ?, ?, ?, 180, ?, ?, ?, ?, ?)`,
  );
  const span = o.days * DAY_MS;
  let attempts = 0;
  let dispatches = 0;
  const batch = core.forTests.sqlite.transaction((count: number) => {
    for (let k = 0; k < count && attempts < o.attempts; k++) {
      const i = dispatches++;
      const c = i % clients.length;
      const clientId = clients[c]!;
      const integrationId = byClient[c]![(i >> 5) % 2]!;
      // Evenly spread, newest last, with a little jitter so times are not in insertion order.
      const spread = Math.floor(((i + 0.5) / (o.attempts / 2.15)) * span) - (i % 7) * 1000;
      const createdAt = Math.min(o.now - 1000, o.now - span + spread);
      const r = ((i * 2654435761) % 1000) / 1000;
      let acc = 0;
      const mix = MIX.find((m) => (acc += m.share) > r) ?? MIX[0]!;
      const name = `${FIRST[i % FIRST.length]} ${LAST[(i >> 3) % LAST.length]}`;
      const email = `contato${i}@empresa${i % 900}.com.br`;
      const leadId = randomUUID();
      lead.run(leadId, clientId, name, email, email, createdAt, createdAt, createdAt);
      const failed = mix.state !== 'sent' && mix.state !== 'skipped';
      const message = failed ? `ActiveCampaign had a temporary problem (HTTP 500) on "sync contact".` : null;
      const id = randomUUID();
      dispatch.run(
        id,
        clientId,
        leadId,
        integrationId,
        mix.state,
        mix.attempts,
        mix.state === 'retrying' ? o.now + DAY_MS : null,
        mix.state === 'held' ? 'paused' : null,
        failed ? 'transient' : null,
        message,
        failed ? 500 : mix.state === 'sent' ? 200 : null,
        createdAt,
        createdAt + 60_000,
        mix.state === 'sent' || mix.state === 'error' ? createdAt + 60_000 : null,
      );
      for (let n = 1; n <= mix.attempts && attempts < o.attempts; n++, attempts++) {
        const last = n === mix.attempts && mix.state === 'sent';
        attempt.run(
          id,
          clientId,
          n,
          createdAt + (n - 1) * 60_000,
          last ? 'sent' : 'failed',
          last ? null : 'transient',
          last ? 200 : 500,
          last ? null : message,
          JSON.stringify([
            {
              label: 'sync contact',
              method: 'POST',
              url: 'https://conta.api-us1.com/api/3/contact/sync',
              requestHeaders: { 'Api-Token': '[redacted]' },
              requestBody: { contact: { email, firstName: name } },
              status: last ? 200 : 500,
            },
          ]),
        );
      }
    }
  });
  core.forTests.sqlite.pragma('synchronous = OFF');
  while (attempts < o.attempts) batch(20_000);
  core.forTests.sqlite.pragma('synchronous = NORMAL');
  const leads = dispatches;
  return {
    clients,
    integrations: byClient.flat(),
    dispatches,
    attempts,
    leads,
    seconds: (performance.now() - started) / 1000,
  };
}
