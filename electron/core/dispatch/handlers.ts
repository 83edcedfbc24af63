import type { dispatchChannels } from '#contract';
import type { Domain } from '../domain';
import type { DispatchEngine } from './engine';

/** The contract's `dispatch:*` channels, served by the engine, which runs while the core is up. */
export function dispatchDomain(engine: DispatchEngine): Domain<keyof typeof dispatchChannels> {
  const handlers: Domain<keyof typeof dispatchChannels>['handlers'] = {
    'dispatch:list': (q) => engine.list(q),
    'dispatch:get': ({ id }) => engine.get(id),
    'dispatch:retryNow': ({ id }) => engine.retryNow(id),
    'dispatch:resend': ({ id }) => engine.resend(id),
    'dispatch:bulkResend': (input) => engine.bulkResend(input),
    'dispatch:cancel': ({ id }) => engine.cancel(id),
    'dispatch:pauseIntegration': ({ integrationId }) => engine.pauseIntegration(integrationId),
    'dispatch:resumeIntegration': ({ integrationId }) => engine.resumeIntegration(integrationId),
    'dispatch:backlog': ({ clientId }) => engine.backlog(clientId),
    'dispatch:previewFilter': ({ clientId, filter, sample }) => engine.previewFilter(clientId, filter, sample),
  };
  return { name: 'dispatch', handlers, start: () => engine.start(), stop: () => engine.stop() };
}
