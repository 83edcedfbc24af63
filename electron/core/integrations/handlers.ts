import type { integrationsChannels } from '#contract/integrations';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import type { EventBus } from '../events';
import { createTestLead } from '../leads/test-lead';
import type { ContentLanguage } from '../settings/language';
import type { Clock } from '../ports';
import type { HandlerSlice } from '../rpc/handlers';
import type { Vault } from '../vault/vault';
import type { IntegrationRow, IntegrationsRepository } from './repository';
import { DEFAULT_SCORE_TAGS } from '#contract/activecampaign';
import { createScoringRepository, toProfile } from '../scoring/repository';
import { releaseCredential } from './credentials';
import { testLeadSteps } from './shared/test-lead-options';
import { findActiveScoringProfile } from './scoring-profile';
import { toSummary, type DetailView } from './views';

type GenericChannels =
  | 'integrations:setFilters'
  | 'integrations:sendTestLead'
  | 'integrations:list'
  | 'integrations:get'
  | 'integrations:activate'
  | 'integrations:deactivate'
  | 'integrations:delete'
  | 'integrations:scoreRanges';

/**
 * What the Send Leads page needs from the dispatch engine, kept narrow so this domain does not
 * depend on the engine's internals.
 */
export interface IntegrationDispatchPort {
  /** `steps` are what the dispatch starts with (a test lead's options, see `testLeadSteps`). */
  enqueue(
    leadId: string,
    integrationId: string,
    opts: { isTest: boolean; steps?: Record<string, unknown> },
  ): { id: string };
  /** Holds the integration's open dispatches; `inactive` also stops new leads being queued. */
  pauseIntegration(integrationId: string, status: 'inactive'): unknown;
  /** Marks it active and releases what was held (paused, inactive or needing attention). */
  resumeIntegration(integrationId: string): unknown;
}

function noProfile(): AppError {
  return new AppError('conflict', NO_PROFILE, {
    issues: [{ path: [], reason: 'no_scoring_profile', message: NO_PROFILE }],
  });
}

/** Per type: what must hold before an integration may take leads (valid config, a key AC accepts). */
export type Verifiers = Partial<Record<string, (row: IntegrationRow) => Promise<void>>>;

const NO_PROFILE =
  'This client has no active scoring profile. Activate one first: integrations only send scored leads.';

/** The Send Leads page: integrations per client, their life cycle, and the score ranges for tags. */
export function integrationsHandlers(deps: {
  db: Db;
  repo: IntegrationsRepository;
  vault: Vault;
  events: EventBus;
  clock: Clock;
  verifiers: Verifiers;
  /** Opens an integration with its connector's view of the settings. */
  detail: DetailView;
  dispatch: IntegrationDispatchPort;
  /** The user's language: the test lead's words, a client's first scoring profile. */
  language?: () => ContentLanguage;
}): HandlerSlice<GenericChannels & keyof typeof integrationsChannels> {
  const { db, repo, vault, events, verifiers, detail, dispatch } = deps;
  // One repository, its statements prepared once, for every activation check and test lead.
  const scoring = createScoringRepository(db, deps.clock, deps.language);

  function changed(reason: 'activated' | 'deactivated' | 'deleted', row: IntegrationRow): void {
    events.emit('integrations:changed', { reason, integrationId: row.id, clientId: row.clientId });
  }

  return {
    'integrations:list': ({ clientId }) => {
      repo.requireClient(clientId);
      return repo.listByClient(clientId).map((row) => toSummary(row, vault));
    },

    'integrations:get': ({ id }) => detail(repo.require(id)),

    'integrations:activate': async ({ id }) => {
      const row = repo.require(id);
      if (row.status === 'active') return detail(row);
      if (findActiveScoringProfile(scoring, row.clientId) === null) {
        throw noProfile();
      }
      const verify = verifiers[row.type];
      if (!verify) throw new AppError('invalid_input', 'This kind of integration cannot be activated in this version.');
      await verify(row);
      db.transaction(() => {
        const updated = repo.update(id, { status: 'active', statusReason: null });
        repo.history.record('integration.activated', updated);
      });
      // Releases what waited while it was paused, inactive or needing attention.
      dispatch.resumeIntegration(id);
      const updated = repo.require(id);
      changed('activated', updated);
      return detail(updated);
    },

    'integrations:deactivate': ({ id }) => {
      const row = repo.require(id);
      if (row.status === 'draft' || row.status === 'inactive') return detail(row);
      // Recorded first: a pause that fails rolls its history row back with it.
      const updated = db.transaction(() => {
        repo.history.record('integration.paused', row);
        dispatch.pauseIntegration(id, 'inactive');
        return repo.update(id, { statusReason: null });
      });
      changed('deactivated', updated);
      return detail(updated);
    },

    'integrations:delete': ({ id }) => {
      const row = db.transaction(() => {
        const current = repo.require(id);
        const deleted = repo.softDelete(id);
        if (current.credentialId !== null) releaseCredential(repo, vault, current.credentialId);
        repo.history.record('integration.deleted', deleted);
        return deleted;
      });
      changed('deleted', row);
      return { id: row.id, deletedAt: row.deletedAt ?? row.updatedAt };
    },

    'integrations:setFilters': ({ id, filter }) => {
      const updated = db.transaction(() => {
        const before = repo.require(id);
        const saved = repo.update(id, { filters: filter });
        repo.history.saved(before, saved);
        return saved;
      });
      events.emit('integrations:changed', { reason: 'updated', integrationId: id, clientId: updated.clientId });
      return detail(updated);
    },

    'integrations:sendTestLead': ({ id, createCompany }) => {
      const row = repo.require(id);
      const active = scoring.active(row.clientId);
      const { leadId, email } = createTestLead(
        db,
        row.clientId,
        deps.clock.now(),
        active ? toProfile(active) : undefined,
        deps.language?.(),
      );
      const dispatched = dispatch.enqueue(leadId, id, { isTest: true, steps: testLeadSteps({ createCompany }) });
      return { dispatchId: dispatched.id, leadId, email };
    },

    'integrations:scoreRanges': ({ clientId }) => {
      repo.requireClient(clientId);
      const profile = findActiveScoringProfile(scoring, clientId);
      if (profile === null) throw noProfile();
      return {
        source: profile.source,
        ranges: profile.ranges.map((r) => ({ ...r, defaultTag: DEFAULT_SCORE_TAGS[r.name] ?? `${r.name}-score` })),
      };
    },
  };
}
