import type { IntakeStatus, intakeChannels } from '#contract';
import type { EventBus } from '../../events';
import type { HandlerSlice } from '../../rpc/handlers';
import type { ScoringRepository } from '../../scoring/repository';
import type { LeadSettingsRepo } from '../settings';
import type { IntakeServer } from './server';

export function intakeHandlers(d: {
  settings: LeadSettingsRepo;
  server: IntakeServer;
  scoring: ScoringRepository;
  events: EventBus;
}): HandlerSlice<keyof typeof intakeChannels> {
  function status(clientId: string): IntakeStatus {
    const s = d.settings.intake(clientId);
    return {
      clientId,
      enabled: s.intakeEnabled,
      tokenHint: s.intakeTokenHint,
      tokenCreatedAt: s.intakeTokenCreatedAt,
      endpoint: s.intakeEnabled ? d.server.endpoint() : null,
      serverError: s.intakeEnabled ? d.server.error() : null,
    };
  }

  return {
    'intake:status': ({ clientId }) => {
      d.scoring.requireClient(clientId);
      return status(clientId);
    },
    'intake:enable': async ({ clientId }) => {
      d.scoring.requireClient(clientId);
      const token = d.settings.intake(clientId).intakeTokenHash === null ? d.settings.issueToken(clientId) : null;
      d.settings.setIntakeEnabled(clientId, true);
      await d.server.sync();
      d.events.emit('intake:changed', { clientId, reason: 'enabled' });
      return { status: status(clientId), token };
    },
    'intake:disable': async ({ clientId }) => {
      d.scoring.requireClient(clientId);
      d.settings.setIntakeEnabled(clientId, false);
      await d.server.sync();
      d.events.emit('intake:changed', { clientId, reason: 'disabled' });
      return status(clientId);
    },
    'intake:rotateToken': ({ clientId }) => {
      d.scoring.requireClient(clientId);
      const token = d.settings.issueToken(clientId);
      d.events.emit('intake:changed', { clientId, reason: 'rotated' });
      return { status: status(clientId), token };
    },
  };
}
