import type { LeadCheck, leadsChannels } from '#contract';
import type { Sqlite } from '../db/connection';
import { AppError } from '../errors';
import type { EventBus } from '../events';
import type { HandlerSlice } from '../rpc/handlers';
import type { ScoringRepository } from '../scoring/repository';
import { leadDetail } from './detail';
import { parseJson } from './row';
import type { LeadValidation } from './validation';
import { identityKind } from './identity';
import type { ExportJobs } from '../exports';
import type { Clock } from '../ports';
import { startImportReport, startLeadsExport } from './exports';
import type { ImportsRepository } from './imports/repository';
import type { Ingest } from './ingest';
import type { LeadSettingsRepo } from './settings';
import type { LeadStore } from './store';
import { reasonViews, validationView } from './views';

export interface LeadsHandlerDeps {
  sqlite: Sqlite;
  store: LeadStore;
  ingest: Ingest;
  scoring: ScoringRepository;
  settings: LeadSettingsRepo;
  events: EventBus;
  jobs: ExportJobs;
  imports: ImportsRepository;
  clock: Clock;
}

export function leadsHandlers(d: LeadsHandlerDeps): HandlerSlice<keyof typeof leadsChannels> {
  function detail(id: string) {
    const row = d.store.get(id);
    if (!row || row.is_test === 1) throw new AppError('not_found', 'This lead does not exist.');
    const rules = d.scoring.active(row.client_id)?.rules ?? [];
    return leadDetail(d.sqlite, row, rules);
  }

  return {
    'leads:list': (query) => {
      d.scoring.requireClient(query.clientId);
      return d.store.list(query);
    },

    'leads:get': ({ id }) => detail(id),

    'leads:check': ({ clientId, lead }) => {
      d.scoring.requireClient(clientId);
      const { validated, scored, duplicateOf, identity, profile } = d.ingest.check(clientId, lead);
      const view = validationView(validated.validation);
      if (!view) throw new AppError('internal', 'The lead could not be checked.');
      const out: LeadCheck = {
        lead: {
          fullName: validated.lead.fullName,
          email: validated.lead.email,
          emailKey: validated.lead.emailKey,
          phoneE164: validated.lead.phoneE164,
          cnpj: validated.lead.cnpj,
          state: validated.lead.state,
        },
        validation: view,
        score: scored
          ? {
              score: scored.score,
              range: scored.range,
              qualified: scored.qualified,
              reasons: reasonViews(scored.reasons, profile?.rules ?? []),
              blockedBy: scored.blockedBy,
            }
          : null,
        duplicateOf,
        duplicateBy: duplicateOf === null ? null : identityKind(identity),
      };
      return out;
    },

    // A person typing a lead in means it: a repeated lead (same e-mail, or same phone without
    // e-mail) is kept as a second one, and the form has already warned about it.
    'leads:create': async ({ clientId, lead }) => {
      d.scoring.requireClient(clientId);
      const { outcomes, dispatches } = await d.ingest.ingest(clientId, [lead], {
        origin: 'manual',
        duplicates: 'keep',
      });
      const outcome = outcomes[0];
      if (!outcome) throw new AppError('internal', 'The lead was not stored.');
      return { lead: detail(outcome.leadId), dispatches };
    },

    'leads:applySuggestion': async ({ id, field }) => {
      const row = d.store.get(id);
      if (!row || row.is_test === 1) throw new AppError('not_found', 'This lead does not exist.');
      // Only what validation itself suggested, as stored with the lead: never a value from the page.
      const validation = parseJson<LeadValidation | null>(row.validation, null);
      const suggestion = field === 'email' ? validation?.email.suggestion : validation?.phone.suggestion;
      if (!suggestion) {
        throw new AppError('conflict', 'This lead has no suggested correction for this field.', {
          reason: 'no_suggestion',
        });
      }
      const { dispatches } = await d.ingest.correct(row, { [field]: suggestion });
      return { lead: detail(id), dispatches };
    },

    'leads:delete': ({ id }) => {
      const row = d.store.get(id);
      if (!row || row.is_test === 1) throw new AppError('not_found', 'This lead does not exist.');
      // Its dispatches go with it (their history included); one on the wire must land first.
      const sending = d.sqlite
        .prepare<[string], { n: number }>(
          `SELECT count(*) AS n FROM dispatches WHERE lead_id = ? AND state = 'sending'`,
        )
        .get(id);
      if ((sending?.n ?? 0) > 0) {
        throw new AppError('conflict', 'This lead is being sent right now; try again in a moment.', {
          reason: 'lead_sending',
        });
      }
      d.store.delete(id);
      d.events.emit('leads:changed', { clientId: row.client_id, reason: 'deleted', count: 1 });
      return { id };
    },

    'leads:ranges': ({ clientId }) => {
      d.scoring.requireClient(clientId);
      return d.store
        .ranges(clientId)
        .filter((r): r is { name: string; count: number } => r.name !== null)
        .map((r) => ({ name: r.name, count: r.count }));
    },

    'leads:export': (input) => {
      d.scoring.requireClient(input.clientId);
      return startLeadsExport(d, input);
    },

    'leads:importReport': ({ id, columns, messages, severities, outcomes }) => {
      const row = d.imports.get(id);
      if (!row) throw new AppError('not_found', 'This import does not exist.');
      const total = d.imports.toView(row).issues;
      return startImportReport(d, { id, fileName: row.file_name, total, columns, messages, severities, outcomes });
    },

    'leads:getSettings': ({ clientId }) => {
      d.scoring.requireClient(clientId);
      return d.settings.get(clientId);
    },

    'leads:saveSettings': ({ clientId, emailAllowlist, mxCheck }) => {
      d.scoring.requireClient(clientId);
      return d.settings.save(clientId, { emailAllowlist, mxCheck });
    },
  };
}
