/** What the UI needs to know about the link to the core; Electron's IPC is always 'open'. */
export type ConnectionState =
  | { status: 'connecting' }
  | { status: 'open' }
  | { status: 'reconnecting'; attempt: number; retryAt: number }
  | { status: 'missing_token' }
  | { status: 'rejected' };

export interface Connection {
  getState(): ConnectionState;
  subscribe(listener: (state: ConnectionState) => void): () => void;
  /** Skips the backoff wait (or retries after a rejection, e.g. once a new token arrived). */
  retryNow(): void;
}

export const alwaysOpen: Connection = {
  getState: () => ({ status: 'open' }),
  subscribe: () => () => undefined,
  retryNow: () => undefined,
};
