import { ELECTRON_API_GLOBAL } from '#contract/bridge';
import { fail, type Api, type Channel, type InputOf, type OutputOf, type Result } from '#contract';

function isApi(value: unknown): value is Api {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.invoke === 'function' && typeof candidate.on === 'function';
}

/** The preload's object, when the page runs inside the Electron shell. */
export function findElectronApi(win: Window): Api | null {
  const exposed: unknown = Reflect.get(win, ELECTRON_API_GLOBAL);
  return isApi(exposed) ? wrapElectronApi(exposed) : null;
}

/** IPC rejects (rather than answering an envelope) when main has no handler; callers only expect envelopes. */
function wrapElectronApi(raw: Api): Api {
  return {
    invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
      return raw
        .invoke(channel, input)
        .catch((err: unknown) =>
          fail<OutputOf<C>>('internal', err instanceof Error ? err.message : 'The app did not answer.'),
        );
    },
    on: (event, listener) => raw.on(event, listener),
  };
}
