import { randomUUID } from 'node:crypto';
import type { Core } from '../../../electron/core';
import { dispatchStates, type DispatchState } from '#contract';
import { seedClient, seedIntegration } from '../support/dispatch-core';

export const BASE_TIME = Date.UTC(2026, 0, 1);

/** What the seed wrote, for computing the expected answer of every query in plain TypeScript. */
export interface SeededDispatch {
  id: string;
  clientId: string;
  integrationId: string;
  leadId: string;
  leadName: string;
  leadEmail: string;
  state: DispatchState;
  lastError: string | null;
  isTest: boolean;
  createdAt: number;
}

export interface Seeded {
  clients: string[];
  /** Two per client, in client order. */
  integrations: Array<{ id: string; clientId: string; type: string }>;
  dispatches: SeededDispatch[];
}

/** Deterministic, so a failure reproduces. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NAMES = ['Maria Silva', 'João Souza', 'Ana Paula Lima', 'Promo 100% Real', 'Carlos_Pereira', 'Bia Costa'];
const ERRORS = [
  null,
  'ActiveCampaign had a temporary problem (HTTP 500) on "sync contact".',
  'The tag "Lead #Quente!" was not added.',
  'Discount 50% refused',
  'field_invalid: under_score',
];

/**
 * Thousands of dispatches written straight into SQLite (the engine would take minutes): 3 clients,
 * 2 integrations each, every state, and only a few hundred distinct creation times, so many rows
 * share a millisecond and the id has to break the tie.
 */
export function seedLogs(core: Core, count = 3000): Seeded {
  const rand = prng(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const clients = ['Acme', 'Beta', 'Gama'].map((n) => seedClient(core, n));
  const integrations = clients.flatMap((clientId) => [
    { id: seedIntegration(core, clientId, { type: 'activecampaign', name: 'AC' }), clientId, type: 'activecampaign' },
    { id: seedIntegration(core, clientId, { type: 'webhook', name: 'Hook' }), clientId, type: 'webhook' },
  ]);
  const insertLead = core.forTests.sqlite.prepare(
    `INSERT INTO leads (id, client_id, full_name, email, email_key, received_at, qualified, is_test, created_at,
       updated_at) VALUES (?, ?, ?, ?, ?, 1, 1, ?, 1, 1)`,
  );
  const insertDispatch = core.forTests.sqlite.prepare(
    `INSERT INTO dispatches (id, client_id, lead_id, integration_id, state, attempt_count, last_error, is_test,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
  );
  const dispatches: SeededDispatch[] = [];
  core.forTests.sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const integration = pick(integrations);
      const leadId = randomUUID();
      const leadName = pick(NAMES);
      const leadEmail = i % 97 === 0 ? `under_score${i}@x.com` : `lead${i}@empresa.com.br`;
      const isTest = i % 13 === 0;
      insertLead.run(leadId, integration.clientId, leadName, leadEmail, leadEmail, isTest ? 1 : 0);
      const d: SeededDispatch = {
        id: randomUUID(),
        clientId: integration.clientId,
        integrationId: integration.id,
        leadId,
        leadName,
        leadEmail,
        state: pick(dispatchStates),
        lastError: pick(ERRORS),
        isTest,
        createdAt: BASE_TIME + Math.floor(rand() * 300) * 60_000,
      };
      insertDispatch.run(
        d.id,
        d.clientId,
        leadId,
        d.integrationId,
        d.state,
        d.lastError,
        isTest ? 1 : 0,
        d.createdAt,
        d.createdAt,
      );
      dispatches.push(d);
    }
  })();
  return { clients, integrations, dispatches };
}

/** The list's order, computed independently: newest first, then id descending (SQLite's BINARY). */
export function newestFirst(a: SeededDispatch, b: SeededDispatch): number {
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
