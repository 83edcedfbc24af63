import type { intakeChannels } from '#contract';
import type { Sqlite } from '../../db/connection';
import type { Domain } from '../../domain';
import type { EventBus } from '../../events';
import type { Clock, Log } from '../../ports';
import type { LeadServices } from '../services';
import { intakeHandlers } from './handlers';
import { createIntakeServer, DEFAULT_INTAKE_PORT, type IntakeServer } from './server';

export interface IntakeDomain extends Domain<keyof typeof intakeChannels> {
  server: IntakeServer;
}

/** The local intake API: listening once the core starts if a client has it on, closed on stop. */
export function intakeDomain(deps: {
  sqlite: Sqlite;
  services: LeadServices;
  events: EventBus;
  clock: Clock;
  log: Log;
  /** Where it listens; 0 picks a free port. */
  port?: number;
}): IntakeDomain {
  const { settings, ingest, scoring } = deps.services;
  const server = createIntakeServer({
    settings,
    ingest,
    sqlite: deps.sqlite,
    clock: deps.clock,
    log: deps.log,
    port: deps.port ?? DEFAULT_INTAKE_PORT,
  });
  return {
    name: 'intake',
    server,
    handlers: intakeHandlers({ settings, server, scoring, events: deps.events }),
    start: () => server.sync(),
    stop: () => server.stop(),
  };
}
