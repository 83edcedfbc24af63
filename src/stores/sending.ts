import { create } from 'zustand';
import type { AppErrorPayload, SendingPause } from '#contract';
import { getApi } from '../api';

interface SendingStore {
  pause: SendingPause | null;
  error: AppErrorPayload | null;
  busy: boolean;
  load: () => Promise<void>;
  set: (paused: boolean) => Promise<void>;
  /** From the `sending:pauseChanged` event: the tray, another window or this one changed it. */
  received: (pause: SendingPause) => void;
}

/** "Pause all sending", as the core keeps it (across restarts). */
export const useSending = create<SendingStore>((set) => ({
  pause: null,
  error: null,
  busy: false,
  async load() {
    const result = await getApi().invoke('sending:status', {});
    if (result.ok) set({ pause: { paused: result.value.paused, pausedAt: result.value.pausedAt }, error: null });
    else set({ error: result.error });
  },
  async set(paused) {
    set({ busy: true });
    const result = await getApi().invoke(paused ? 'sending:pauseAll' : 'sending:resumeAll', {});
    if (result.ok) set({ pause: result.value, error: null, busy: false });
    else set({ error: result.error, busy: false });
  },
  received(pause) {
    set({ pause });
  },
}));
