import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../../electron/core';
import type { DispatchConfig } from '../../../electron/core/dispatch';
import { alwaysOnline } from '../../../electron/core/http/network';
import { createFileLog } from '../../../electron/core/logs/file-log';
import type { Clock, Timers } from '../../../electron/core/ports';
import { createJsonFileStore } from '../../../electron/core/settings/json-file-store';
import { createAesGcmCipher } from '../../../electron/core/vault/aes-gcm-cipher';
import type { EventName, EventPayload } from '#contract';
import { MIGRATIONS_DIR } from './core-harness';

export interface DispatchCoreOptions extends DispatchConfig {
  clock: Clock;
  /** Where imports validate their rows (see LeadsCoreOptions); the core's default unless given. */
  importWorker?: CoreOptions['importWorker'];
  /** Omit for real timers. */
  timers?: Timers;
  /** SQLite's own checkpoints unless given (see openTestCore). */
  checkpoints?: CoreOptions['checkpoints'];
  key?: Buffer;
}

/** A real core on a real SQLite file, with the dispatch engine's connectors and ports chosen by the test. */
export function openDispatchCore(dataDir: string, o: DispatchCoreOptions): Core {
  return createCore({
    host: 'headless',
    version: '0.0.0-test',
    dataDir,
    migrationsDir: MIGRATIONS_DIR,
    cipher: createAesGcmCipher(o.key ?? randomBytes(32), 'env', null),
    preferences: createJsonFileStore(join(dataDir, 'preferences.json')),
    clock: o.clock,
    timers: o.timers,
    log: createFileLog({ dir: join(dataDir, 'logs'), clock: o.clock }),
    intakePort: 0,
    importWorker: o.importWorker,
    checkpoints: o.checkpoints ?? false,
    dispatch: {
      connectors: o.connectors ?? [],
      network: o.network ?? alwaysOnline,
      fetch: o.fetch,
      limits: o.limits,
    },
  });
}

export function seedClient(core: Core, name = `Client ${randomUUID().slice(0, 8)}`): string {
  const id = randomUUID();
  core.forTests.sqlite
    .prepare('INSERT INTO clients (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, 1, 1)')
    .run(id, name, name.toLowerCase());
  return id;
}

export interface LeadSeed {
  fullName?: string;
  email?: string;
  phone?: string | null;
  company?: string | null;
  cnpj?: string | null;
  jobTitle?: string | null;
  city?: string | null;
  state?: string | null;
  source?: string | null;
  utm?: Record<string, string> | null;
  custom?: Record<string, string> | null;
  score?: number | null;
  scoreRange?: string | null;
  qualified?: boolean;
  receivedAt?: number;
  isTest?: boolean;
  /** What `leads.validation` holds (the validation domain's result). */
  validation?: unknown;
}

export function seedLead(core: Core, clientId: string, lead: LeadSeed = {}): string {
  const id = randomUUID();
  const email = lead.email ?? `lead-${id.slice(0, 8)}@empresa.com.br`;
  core.forTests.sqlite
    .prepare(
      `INSERT INTO leads (id, client_id, full_name, email, email_key, phone, company, cnpj, job_title, city, state,
         source, utm, custom, received_at, score, score_range, qualified, is_test, validation, created_at, updated_at)
       VALUES (@id, @clientId, @fullName, @email, @emailKey, @phone, @company, @cnpj, @jobTitle, @city, @state,
         @source, @utm, @custom, @receivedAt, @score, @scoreRange, @qualified, @isTest, @validation, 1, 1)`,
    )
    .run({
      id,
      clientId,
      fullName: lead.fullName ?? 'Maria Silva',
      email,
      emailKey: email.toLowerCase(),
      phone: lead.phone ?? null,
      company: lead.company ?? null,
      cnpj: lead.cnpj ?? null,
      jobTitle: lead.jobTitle ?? null,
      city: lead.city ?? null,
      state: lead.state ?? null,
      source: lead.source ?? null,
      utm: lead.utm ? JSON.stringify(lead.utm) : null,
      custom: lead.custom ? JSON.stringify(lead.custom) : null,
      receivedAt: lead.receivedAt ?? 1,
      score: lead.score === undefined ? 80 : lead.score,
      scoreRange: lead.scoreRange ?? null,
      qualified: lead.qualified === false ? 0 : 1,
      isTest: lead.isTest ? 1 : 0,
      validation: lead.validation === undefined ? null : JSON.stringify(lead.validation),
    });
  return id;
}

export interface IntegrationSeed {
  type?: string;
  name?: string;
  status?: 'draft' | 'active' | 'paused' | 'needs_attention';
  config?: Record<string, unknown>;
  filters?: unknown;
  credentialId?: string | null;
}

export function seedIntegration(core: Core, clientId: string, seed: IntegrationSeed = {}): string {
  const id = randomUUID();
  core.forTests.sqlite
    .prepare(
      `INSERT INTO integrations (id, client_id, type, name, status, config, filters, credential_id, created_at,
         updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1)`,
    )
    .run(
      id,
      clientId,
      seed.type ?? 'webhook',
      seed.name ?? 'Test integration',
      seed.status ?? 'active',
      JSON.stringify(seed.config ?? {}),
      seed.filters === undefined ? null : JSON.stringify(seed.filters),
      seed.credentialId ?? null,
    );
  return id;
}

export function integrationStatus(core: Core, id: string): { status: string; status_reason: string | null } {
  return core.forTests.sqlite
    .prepare<[string], { status: string; status_reason: string | null }>(
      'SELECT status, status_reason FROM integrations WHERE id = ?',
    )
    .get(id)!;
}

/** Every event the core emits, in order, for assertions. */
export function recordEvents(core: Core): Array<{ event: EventName; payload: EventPayload<EventName> }> {
  const seen: Array<{ event: EventName; payload: EventPayload<EventName> }> = [];
  core.events.subscribe((event, payload) => seen.push({ event, payload }));
  return seen;
}
