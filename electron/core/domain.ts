import type { Channel } from '#contract';
import type { Log } from './ports';
import type { HandlerSlice } from './rpc/handlers';

/**
 * One area of the app as the core mounts it: the contract channels it serves, and what it starts
 * once the core is up and stops before the database closes. Every domain has this shape and
 * `createCore` lists them all in one place (docs/architecture.md, "Where a change goes").
 */
export interface Domain<C extends Channel = never> {
  readonly name: string;
  readonly handlers: HandlerSlice<C>;
  start?(): void | Promise<void>;
  stop?(): void | Promise<void>;
}

type ChannelsOfDomain<D> = D extends Domain<infer C> ? C : never;

export interface MountedDomains<C extends Channel> {
  handlers: HandlerSlice<C>;
  /** Starts every domain in the listed order; a start that fails asynchronously is logged. */
  start(): void;
  /** Stops them in reverse order (what was started last stops first), once; resolves when all have stopped. */
  stop(): Promise<void>;
}

/** Mounts the domains; a channel served by two of them is a programming error, reported at once. */
export function mountDomains<D extends Domain<never>[]>(
  log: Log,
  ...domains: D
): MountedDomains<ChannelsOfDomain<D[number]>> {
  const handlers: Record<string, unknown> = {};
  const owner = new Map<string, string>();
  for (const domain of domains) {
    for (const [channel, handler] of Object.entries(domain.handlers)) {
      const first = owner.get(channel);
      if (first !== undefined) throw new Error(`Channel ${channel} is served by both ${first} and ${domain.name}.`);
      owner.set(channel, domain.name);
      handlers[channel] = handler;
    }
  }
  let stopped: Promise<void> | undefined;
  const failed = (domain: Domain<never>, phase: string) => (err: unknown) =>
    log.error(`core: ${domain.name} failed to ${phase}`, { error: err instanceof Error ? err.message : String(err) });
  return {
    handlers: handlers as HandlerSlice<ChannelsOfDomain<D[number]>>,
    start() {
      for (const domain of domains) {
        try {
          const started = domain.start?.();
          if (started instanceof Promise) void started.catch(failed(domain, 'start'));
        } catch (err) {
          failed(domain, 'start')(err);
          throw err;
        }
      }
    },
    stop() {
      stopped ??= stopAll();
      return stopped;
    },
  };

  async function stopAll(): Promise<void> {
    const stopping: Promise<void>[] = [];
    for (const domain of [...domains].reverse()) {
      try {
        const result = domain.stop?.();
        if (result instanceof Promise) stopping.push(result.catch(failed(domain, 'stop')));
      } catch (err) {
        failed(domain, 'stop')(err);
      }
    }
    await Promise.all(stopping);
  }
}
