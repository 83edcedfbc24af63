import type { BridgeCall } from '#contract/bridge';
import {
  events as eventSchemas,
  isEventName,
  type Api,
  type Channel,
  type EventName,
  type EventPayload,
  type InputOf,
  type OutputOf,
  type Result,
} from '#contract';
import type { Connection, ConnectionState } from './connection';
import { toEnvelope, unavailable } from './envelope';
import { bridgeUrl } from './token';

export interface BridgeClientOptions {
  origin: string;
  /** Read on every attempt, so a token pasted in the address bar later is picked up. */
  getToken: () => string | null;
  /**
   * Whether the server answers plain HTTP. Browsers hide why a WebSocket upgrade failed; if the
   * server is up but refused us, the token (or origin) was rejected and retrying cannot help.
   */
  probe: () => Promise<boolean>;
}

interface PendingCall {
  frame: string;
  resolve: (result: Result<unknown>) => void;
}

/** Short first steps so a brief hiccup is invisible; capped so a stopped app is retried every ~15 s. */
const BACKOFF_MS = [500, 1000, 2000, 4000, 8000, 15000];

function backoff(attempt: number): number {
  const base = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)] ?? 15000;
  // Jitter keeps several open tabs from reconnecting in lockstep after the app comes back.
  return Math.round(base * (1 + Math.random() * 0.2));
}

export interface BridgeClient {
  api: Api;
  connection: Connection;
  start(): void;
}

export function createBridgeClient(options: BridgeClientOptions): BridgeClient {
  let state: ConnectionState = { status: 'connecting' };
  const stateListeners = new Set<(state: ConnectionState) => void>();
  const eventListeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let socket: WebSocket | null = null;
  /** The most recent socket, even after it closed: tells a stale probe answer from a current one. */
  let lastSocket: WebSocket | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let attempt = 0;
  let nextId = 1;
  /** Sent and waiting for an answer. */
  const inFlight = new Map<number, PendingCall>();
  /** Made while disconnected; sent as soon as the socket opens. */
  const queued = new Map<number, PendingCall>();

  function setState(next: ConnectionState): void {
    state = next;
    for (const listener of stateListeners) listener(next);
  }

  function settleAll(calls: Map<number, PendingCall>): void {
    for (const call of calls.values()) call.resolve(unavailable());
    calls.clear();
  }

  function flushQueue(ws: WebSocket): void {
    for (const [id, call] of queued) {
      queued.delete(id);
      inFlight.set(id, call);
      ws.send(call.frame);
    }
  }

  function emit(event: EventName, raw: unknown): void {
    const parsed = eventSchemas[event].safeParse(raw);
    if (!parsed.success) return;
    for (const listener of eventListeners.get(event) ?? []) {
      try {
        listener(parsed.data);
      } catch (err) {
        // One broken listener must not starve the others of the event.
        console.error(`Listener for ${event} failed`, err);
      }
    }
  }

  function handleMessage(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    const frame = message as Record<string, unknown>;
    if (frame.type === 'result' && typeof frame.id === 'number') {
      const call = inFlight.get(frame.id);
      if (!call) return;
      inFlight.delete(frame.id);
      call.resolve(toEnvelope(frame.result));
    } else if (frame.type === 'event' && isEventName(frame.event)) {
      emit(frame.event, frame.payload);
    }
  }

  function scheduleReconnect(): void {
    const delay = backoff(attempt);
    attempt += 1;
    setState({ status: 'reconnecting', attempt, retryAt: Date.now() + delay });
    timer = setTimeout(connect, delay);
  }

  async function afterFailedOpen(ws: WebSocket): Promise<void> {
    const reachable = await options.probe().catch(() => false);
    // A retry may have started while we were probing; that attempt owns the state now.
    if (socket !== null || ws !== lastSocket) return;
    if (reachable) {
      setState({ status: 'rejected' });
      settleAll(queued);
    } else {
      scheduleReconnect();
    }
  }

  function connect(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const token = options.getToken();
    if (!token) {
      setState({ status: 'missing_token' });
      settleAll(queued);
      return;
    }
    if (state.status !== 'reconnecting') setState({ status: 'connecting' });
    const ws = new WebSocket(bridgeUrl(options.origin, token));
    socket = ws;
    lastSocket = ws;
    let opened = false;
    ws.onopen = () => {
      opened = true;
      attempt = 0;
      setState({ status: 'open' });
      flushQueue(ws);
    };
    ws.onmessage = (event: MessageEvent) => handleMessage(event.data);
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      // The core may or may not have applied these; callers refresh after reconnecting anyway.
      settleAll(inFlight);
      if (opened) scheduleReconnect();
      else void afterFailedOpen(ws);
    };
  }

  function call(channel: Channel, input: unknown): Promise<Result<unknown>> {
    if (state.status === 'missing_token' || state.status === 'rejected') return Promise.resolve(unavailable());
    const id = nextId++;
    const frame: BridgeCall = { type: 'call', id, channel, input };
    return new Promise((resolve) => {
      const pending: PendingCall = { frame: JSON.stringify(frame), resolve };
      if (socket && socket.readyState === WebSocket.OPEN) {
        inFlight.set(id, pending);
        socket.send(pending.frame);
      } else {
        queued.set(id, pending);
      }
    });
  }

  const api: Api = {
    invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
      // The core validated the value against this channel's output schema before answering.
      return call(channel, input) as Promise<Result<OutputOf<C>>>;
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      // emit() parsed the payload with this event's schema, so the narrowing holds.
      const wrapped = (payload: unknown): void => listener(payload as EventPayload<E>);
      const set = eventListeners.get(event) ?? new Set();
      set.add(wrapped);
      eventListeners.set(event, set);
      return () => {
        set.delete(wrapped);
      };
    },
  };

  const connection: Connection = {
    getState: () => state,
    subscribe(listener) {
      stateListeners.add(listener);
      return () => {
        stateListeners.delete(listener);
      };
    },
    retryNow() {
      if (socket !== null) return;
      connect();
    },
  };

  return { api, connection, start: connect };
}
