import { create } from 'zustand';
import type { Connection, ConnectionState } from '../api';

interface ConnectionStore {
  state: ConnectionState;
  /** Bumped on every (re)connection: data fetched before a drop may be stale, so stores reload on change. */
  opens: number;
  everOpened: boolean;
  retryNow: () => void;
}

export const useConnection = create<ConnectionStore>(() => ({
  state: { status: 'connecting' },
  opens: 0,
  everOpened: false,
  retryNow: () => undefined,
}));

export function bindConnection(connection: Connection): () => void {
  const apply = (state: ConnectionState): void =>
    useConnection.setState((prev) => {
      const opened = state.status === 'open' && prev.state.status !== 'open';
      return {
        state,
        opens: opened ? prev.opens + 1 : prev.opens,
        everOpened: prev.everOpened || opened,
      };
    });
  useConnection.setState({ retryNow: () => connection.retryNow() });
  const unsubscribe = connection.subscribe(apply);
  apply(connection.getState());
  return unsubscribe;
}
