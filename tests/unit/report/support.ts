import { randomUUID } from 'node:crypto';
import type { ClientReport, DispatchState, LeadDetail, LeadInput, ReportInput } from '#contract';
import type { Core } from '../../../electron/core';
import { ConnectorError } from '../../../electron/core/integrations/connector';
import { call, tempDir } from '../support/core-harness';
import { openDispatchCore, seedClient, seedIntegration } from '../support/dispatch-core';
import { FakeTime } from '../support/fake-time';
import { scriptedConnector } from '../dispatch/fixtures/connectors';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** Leads that the recommended profile (threshold 40) qualifies, refuses or scores low, as ingest does. */
export const LEADS = {
  /** 80 points: high. */
  high: {
    fullName: 'Ana Ribeiro',
    email: 'ana@acme.com.br',
    phone: '+55 11 91234-5678',
    company: 'Acme Ltda',
    cnpj: '11.222.333/0001-81',
    jobTitle: 'Diretora Comercial',
  },
  /** 45 points: medium. */
  medium: { fullName: 'Carla Souza', email: 'carla@souza.com.br', phone: '+55 31 99876-5432', company: 'Souza ME' },
  /** 25 points: a free e-mail and a mobile, below the threshold. */
  low: { fullName: 'Bruno Lima', email: 'bruno.lima@gmail.com', phone: '+55 21 98765-4321', company: 'Lima' },
  /** A throwaway mailbox: −40 sinks it below the threshold. */
  disposable: {
    fullName: 'Davi Rocha',
    email: 'davi@mailinator.com',
    phone: '+55 11 97777-1234',
    company: 'Rocha SA',
  },
  /** 60 points, but the CNPJ's check digits are wrong: refused. */
  badCnpj: {
    fullName: 'Caio Prado',
    email: 'caio@prado.com.br',
    phone: '(11) 98765-4321',
    company: 'Prado Ltda',
    jobTitle: 'Diretor',
    cnpj: '11.222.333/0001-82',
  },
  /** A phone that cannot be dialled and no company: refused, and two rules took points. */
  badPhone: { fullName: 'Eva Melo', email: 'eva@melo.com.br', phone: '(11) 1234' },
} satisfies Record<string, Partial<LeadInput>>;

export interface ReportEnv {
  core: Core;
  time: FakeTime;
  client: string;
  /** Lead names (full name) the connector refuses for good. */
  refuse: Set<string>;
  /** Lead names the connector fails once (transient), so they are sent a minute later. */
  flaky: Set<string>;
  /** The core's data folder (its database file is `DB_FILE` in it). */
  dataDir: string;
  close(): Promise<void>;
}

/** A real core with fake time, a client and a connector scripted by lead name. */
export function openReportEnv(start = Date.UTC(2026, 2, 10, 15, 0, 0)): ReportEnv {
  const tmp = tempDir();
  const time = new FakeTime(start);
  const refuse = new Set<string>();
  const flaky = new Set<string>();
  const failedOnce = new Set<string>();
  const connector = scriptedConnector(time, (ctx) => {
    const name = ctx.lead.fullName;
    if (refuse.has(name)) throw new ConnectorError('permanent', 'HTTP 422: contact refused');
    if (flaky.has(name) && !failedOnce.has(ctx.dispatchId)) {
      failedOnce.add(ctx.dispatchId);
      throw new ConnectorError('transient', 'HTTP 503');
    }
    return { remoteId: `r-${ctx.dispatchId}` };
  });
  const core = openDispatchCore(tmp.dir, { clock: time, timers: time, connectors: [connector] });
  return {
    core,
    time,
    client: seedClient(core, 'Acme Dental'),
    refuse,
    flaky,
    dataDir: tmp.dir,
    async close() {
      await core.forTests.stop();
      core.close();
      tmp.cleanup();
    },
  };
}

/** A lead typed into the form at the clock's time: validated, scored and queued as the app does. */
export async function createLead(env: ReportEnv, lead: Partial<LeadInput>, clientId = env.client): Promise<string> {
  const created = await call<{ lead: LeadDetail }>(env.core, 'leads:create', { clientId, lead });
  return created.lead.id;
}

/** Leads arriving through the intake API or an import (the same ingest path, another origin). */
export async function ingest(
  env: ReportEnv,
  origin: 'api' | 'csv',
  leads: Array<Partial<LeadInput>>,
  clientId = env.client,
): Promise<void> {
  await env.core.forTests.ingest.ingest(
    clientId,
    leads.map((l) => ({ utm: {}, custom: {}, ...l })),
    { origin, duplicates: 'keep' },
  );
}

export function report(env: ReportEnv, input: Partial<ReportInput> = {}): Promise<ClientReport> {
  return call<ClientReport>(env.core, 'report:get', {
    clientId: env.client,
    period: { kind: 'month', month: '2026-03' },
    timeZone: 'America/Sao_Paulo',
    ...input,
  });
}

export function activeIntegration(env: ReportEnv, name: string, clientId = env.client): string {
  return seedIntegration(env.core, clientId, { type: 'webhook', name });
}

/** A dispatch row as the engine leaves it, for cases the engine reaches only over days (resends). */
export function insertDispatch(
  core: Core,
  d: {
    leadId: string;
    integrationId: string;
    state: DispatchState;
    createdAt: number;
    finishedAt?: number | null;
    lastError?: string | null;
    isTest?: boolean;
  },
): string {
  const id = randomUUID();
  const clientId = core.forTests.sqlite
    .prepare<[string], { client_id: string }>('SELECT client_id FROM leads WHERE id = ?')
    .get(d.leadId)!.client_id;
  core.forTests.sqlite
    .prepare(
      `INSERT INTO dispatches (id, client_id, lead_id, integration_id, state, attempt_count, is_test, last_error,
         last_status, created_at, updated_at, finished_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      clientId,
      d.leadId,
      d.integrationId,
      d.state,
      d.isTest ? 1 : 0,
      d.lastError ?? null,
      d.state === 'error' ? 422 : null,
      d.createdAt,
      d.finishedAt ?? d.createdAt,
      d.finishedAt ?? null,
    );
  return id;
}
