import type { dispatchChannels } from '#contract';
import type { HandlerSlice } from '../rpc/handlers';
import type { DispatchEngine } from './engine';

/** The contract's `dispatch:*` channels, served by the engine. */
export function dispatchHandlers(engine: DispatchEngine): HandlerSlice<keyof typeof dispatchChannels> {
  return {
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
}
