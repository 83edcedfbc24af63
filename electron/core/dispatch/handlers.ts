import type { dispatchChannels } from '#contract';
import type { Domain } from '../domain';
import type { DispatchEngine } from './engine';

/** Where pausing and resuming an integration by hand are recorded, in the same transaction. */
export interface DispatchHistory {
  transaction<T>(fn: () => T): T;
  integration(kind: 'integration.paused' | 'integration.resumed', integrationId: string): void;
}

/** The contract's `dispatch:*` channels, served by the engine, which runs while the core is up. */
export function dispatchDomain(
  engine: DispatchEngine,
  history: DispatchHistory,
): Domain<keyof typeof dispatchChannels> {
  const handlers: Domain<keyof typeof dispatchChannels>['handlers'] = {
    'dispatch:list': (q) => engine.list(q),
    'dispatch:get': ({ id }) => engine.get(id),
    'dispatch:retryNow': ({ id }) => engine.retryNow(id),
    'dispatch:resend': ({ id }) => engine.resend(id),
    'dispatch:bulkResend': (input) => engine.bulkResend(input),
    'dispatch:cancel': ({ id }) => engine.cancel(id),
    // Recorded first: a pause or resume the engine refuses rolls its history row back with it.
    'dispatch:pauseIntegration': ({ integrationId }) =>
      history.transaction(() => {
        history.integration('integration.paused', integrationId);
        return engine.pauseIntegration(integrationId);
      }),
    'dispatch:resumeIntegration': ({ integrationId }) =>
      history.transaction(() => {
        history.integration('integration.resumed', integrationId);
        return engine.resumeIntegration(integrationId);
      }),
    'dispatch:backlog': ({ clientId }) => engine.backlog(clientId),
    'dispatch:previewFilter': ({ clientId, filter, sample }) => engine.previewFilter(clientId, filter, sample),
  };
  return { name: 'dispatch', handlers, start: () => engine.start(), stop: () => engine.stop() };
}
