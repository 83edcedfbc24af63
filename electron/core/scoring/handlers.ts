import type { scoringChannels } from '#contract';
import type { AuditLog } from '../audit/log';
import { profileChanges } from '../audit/profile-changes';
import { AppError } from '../errors';
import type { EventBus } from '../events';
import type { Ingest } from '../leads/ingest';
import type { LeadStore } from '../leads/store';
import type { HandlerSlice } from '../rpc/handlers';
import { previewProfile } from './preview';
import type { RescoreRunner } from './rescore/runner';
import type { ScoringRepository } from './repository';

export function scoringHandlers(d: {
  repo: ScoringRepository;
  store: LeadStore;
  ingest: Ingest;
  rescore: RescoreRunner;
  events: EventBus;
  /** Where profile changes are recorded, in the same transaction as the change. */
  audit: AuditLog;
  transaction: <T>(fn: () => T) => T;
}): HandlerSlice<keyof typeof scoringChannels> {
  const { repo, events, audit } = d;

  /** Leads that waited for a profile are scored as soon as there is one. */
  function activated(clientId: string, profileId: string): number {
    events.emit('scoring:changed', { clientId, profileId, reason: 'activated' });
    return d.ingest.scoreUnscored(clientId);
  }

  return {
    'scoring:list': ({ clientId }) =>
      repo.list(clientId).map((p) => ({
        id: p.id,
        clientId: p.clientId,
        name: p.name,
        qualifyAt: p.qualifyAt,
        active: p.active,
        updatedAt: p.updatedAt,
        rules: p.rules.length,
        ranges: p.ranges.map((r) => ({ name: r.name, min: r.min, max: r.max })),
      })),

    'scoring:get': ({ id }) => repo.require(id),

    'scoring:active': ({ clientId }) => {
      repo.requireClient(clientId);
      return repo.active(clientId);
    },

    'scoring:template': () => repo.template(),

    'scoring:save': ({ clientId, id, profile }) => {
      if (id !== undefined) {
        const current = repo.require(id);
        if (current.clientId !== clientId) throw repoMismatch();
        const saved = d.transaction(() => {
          const updated = repo.update(id, profile);
          const changes = profileChanges(current, updated);
          if (changes.length > 0) {
            audit.record({
              clientId,
              kind: 'scoring.edited',
              subjectId: id,
              subjectName: updated.name,
              details: { changes },
            });
          }
          return updated;
        });
        events.emit('scoring:changed', { clientId, profileId: id, reason: 'saved' });
        return saved;
      }
      const created = d.transaction(() => {
        const made = repo.create(clientId, profile);
        const subject = { clientId, subjectId: made.id, subjectName: made.name };
        audit.record({ ...subject, kind: 'scoring.created' });
        // A client's first profile is active at once.
        if (made.active) audit.record({ ...subject, kind: 'scoring.activated' });
        return made;
      });
      events.emit('scoring:changed', { clientId, profileId: created.id, reason: 'saved' });
      if (created.active) activated(clientId, created.id);
      return created;
    },

    'scoring:activate': ({ id }) => {
      const profile = d.transaction(() => {
        const wasActive = repo.require(id).active;
        const activated = repo.activate(id);
        if (!wasActive) {
          audit.record({
            clientId: activated.clientId,
            kind: 'scoring.activated',
            subjectId: id,
            subjectName: activated.name,
          });
        }
        return activated;
      });
      const scored = activated(profile.clientId, id);
      return { profile, scored };
    },

    'scoring:delete': ({ id }) => {
      const profile = repo.require(id);
      d.transaction(() => {
        repo.delete(id);
        audit.record({ clientId: profile.clientId, kind: 'scoring.deleted', subjectId: id, subjectName: profile.name });
      });
      events.emit('scoring:changed', { clientId: profile.clientId, profileId: id, reason: 'deleted' });
      return { id };
    },

    'scoring:preview': ({ clientId, profile, sample }) => {
      repo.requireClient(clientId);
      return previewProfile(profile, d.store.recent(clientId, sample));
    },

    'scoring:rescorePreview': ({ clientId }) => {
      repo.requireClient(clientId);
      return d.rescore.preview(clientId);
    },

    'scoring:rescoreStart': (input) => {
      repo.requireClient(input.clientId);
      return d.rescore.start(input);
    },

    'scoring:rescoreGet': ({ id }) => d.rescore.view(id),

    'scoring:rescoreLatest': ({ clientId }) => {
      repo.requireClient(clientId);
      return d.rescore.latest(clientId);
    },

    'scoring:rescoreCancel': ({ id }) => d.rescore.cancel(id),
  };
}

function repoMismatch(): AppError {
  return new AppError('not_found', 'This scoring profile does not exist for this client.');
}
