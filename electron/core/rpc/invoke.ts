import { contract, type Channel, type InputOf, type OutputOf } from '#contract';
import { AppError } from '../errors';
import { toFieldIssues } from './dispatch';
import type { Handlers } from './handlers';

/**
 * A contract call from inside the core: the input is validated as the renderer's would be, and the
 * handler's own errors pass through unchanged. For a domain that composes others (templates) so that
 * it saves through the same checks as the wizards rather than through a second code path.
 */
export type Invoke = <C extends Channel>(channel: C, input: InputOf<C>) => Promise<OutputOf<C>>;

/** `handlers` is read at call time: the map is only complete once every domain is mounted. */
export function createInvoke(handlers: () => Handlers): Invoke {
  return async <C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> => {
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) {
      throw new AppError('invalid_input', 'The request is not valid.', { issues: toFieldIssues(parsed.error) });
    }
    const handler = handlers()[channel] as (value: unknown) => OutputOf<C> | Promise<OutputOf<C>>;
    return handler(parsed.data);
  };
}
