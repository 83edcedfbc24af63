import { readFileSync } from 'node:fs';
import type { templatesChannels } from '#contract/templates';
import { TEMPLATE_EXTENSION, TEMPLATE_MAX_BYTES } from '#contract/templates';
import type { AuditLog } from '../audit/log';
import type { Db, Sqlite } from '../db/connection';
import type { Domain } from '../domain';
import { AppError } from '../errors';
import type { ExportJobs } from '../exports/jobs';
import { createIntegrationsRepository } from '../integrations/repository';
import type { Uploads } from '../leads/imports/uploads';
import type { Clock } from '../ports';
import type { Invoke } from '../rpc/invoke';
import type { Vault } from '../vault/vault';
import { applyTemplate } from './apply';
import { buildTemplate } from './build';
import { parseTemplate, serializeTemplate } from './parse';
import { resolveTemplate } from './resolve';

/** A file name that is safe on every system: the client's name without what a file name cannot hold. */
function fileNameFor(clientName: string, now: number): string {
  const safe =
    clientName
      .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'client';
  const day = new Date(now).toISOString().slice(0, 10);
  return `${safe} template ${day}.${TEMPLATE_EXTENSION}`;
}

/**
 * Client templates and "copy to other clients": build, export, open, resolve and apply. It owns no
 * table: it reads and saves through the other domains' channels (`invoke`), so an import goes
 * through the same checks as the wizards.
 */
export function templatesDomain(deps: {
  db: Db;
  sqlite: Sqlite;
  audit: AuditLog;
  vault: Vault;
  clock: Clock;
  version: string;
  invoke: Invoke;
  jobs: ExportJobs;
  uploads: Pick<Uploads, 'file' | 'discard'>;
}): Domain<keyof typeof templatesChannels> {
  const { invoke, clock } = deps;
  const repo = createIntegrationsRepository(deps.db, clock, deps.audit);
  const build = (input: Parameters<typeof buildTemplate>[1]) =>
    buildTemplate(invoke, input, { appVersion: deps.version, now: clock.now() });

  return {
    name: 'templates',
    handlers: {
      'templates:build': (input) => build(input),

      'templates:export': async (input) => {
        const { template, skipped } = await build(input);
        const text = serializeTemplate(template);
        const job = deps.jobs.start({
          fileName: fileNameFor(template.source.clientName, clock.now()),
          mime: 'application/json',
          ext: TEMPLATE_EXTENSION,
          total: 1,
          produce: async (ctx) => {
            await ctx.write(Buffer.from(text, 'utf8'));
            ctx.progress(1);
            return 1;
          },
        });
        return { id: job.id, fileName: job.fileName, total: 1, skipped };
      },

      'templates:open': ({ uploadId }) => {
        const file = deps.uploads.file(uploadId);
        try {
          if (file.size > TEMPLATE_MAX_BYTES) {
            throw new AppError('invalid_input', 'This file is too large to be a template.', { reason: 'too_big' });
          }
          return { template: parseTemplate(readFileSync(file.path, 'utf8')) };
        } finally {
          deps.uploads.discard(uploadId);
        }
      },

      'templates:resolve': async ({ template, accounts }) => {
        const accountOf = (ref: string) => accounts.find((a) => a.ref === ref)?.account;
        return { integrations: await resolveTemplate(invoke, template, accountOf) };
      },

      'templates:apply': (input) =>
        applyTemplate({ invoke, repo, vault: deps.vault, clock, audit: deps.audit, sqlite: deps.sqlite }, input),
    },
  };
}
