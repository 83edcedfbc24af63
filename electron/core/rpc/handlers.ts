import type { Channel, OutputOf, ParsedInputOf } from '#contract';

export type Handler<C extends Channel> = (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;

/** Every channel of the contract must have exactly one handler: a missing one does not compile. */
export type Handlers = { [C in Channel]: Handler<C> };

/** The slice of the handler map that one domain serves. */
export type HandlerSlice<C extends Channel> = { [K in C]: Handler<K> };

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Merges the domains' slices; a channel served twice is a programming error, reported at start-up. */
export function mergeHandlers<S extends object[]>(...slices: S): UnionToIntersection<S[number]> {
  const merged: Record<string, unknown> = {};
  for (const slice of slices) {
    for (const [channel, handler] of Object.entries(slice)) {
      if (Object.hasOwn(merged, channel)) throw new Error(`Channel ${channel} has two handlers.`);
      merged[channel] = handler;
    }
  }
  return merged as UnionToIntersection<S[number]>;
}
