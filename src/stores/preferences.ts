import { create } from 'zustand';
import type { AppErrorPayload, AppInfo, InputOf, Preferences, Result } from '#contract';
import { getApi } from '../api';

export type PreferencesPatch = InputOf<'settings:update'>;

interface PreferencesStore {
  prefs: Preferences | null;
  info: AppInfo | null;
  error: AppErrorPayload | null;
  load: () => Promise<void>;
  update: (patch: PreferencesPatch) => Promise<Result<Preferences>>;
  /** From the `settings:changed` event: another window (or this one) changed them. */
  received: (prefs: Preferences) => void;
}

export const usePreferences = create<PreferencesStore>((set, get) => ({
  prefs: null,
  info: null,
  error: null,
  async load() {
    const api = getApi();
    const [prefs, info] = await Promise.all([api.invoke('settings:get', {}), api.invoke('app:info', {})]);
    set({
      prefs: prefs.ok ? prefs.value : get().prefs,
      info: info.ok ? info.value : get().info,
      error: !prefs.ok ? prefs.error : !info.ok ? info.error : null,
    });
  },
  async update(patch) {
    const before = get().prefs;
    // Applied at once so the switch feels instant; the core's answer (or the event) settles it.
    if (before) set({ prefs: { ...before, ...patch } });
    const result = await getApi().invoke('settings:update', patch);
    if (result.ok) set({ prefs: result.value, error: null });
    else set({ prefs: before, error: result.error });
    return result;
  },
  received(prefs) {
    set({ prefs });
  },
}));
