import type { AppInfo, settingsChannels } from '#contract';
import type { EventBus } from '../events';
import type { Domain } from '../domain';
import type { HandlerSlice } from '../rpc/handlers';
import type { PreferencesService } from './preferences';

function settingsHandlers(deps: {
  prefs: PreferencesService;
  events: EventBus;
  info: () => AppInfo;
}): HandlerSlice<keyof typeof settingsChannels> {
  const { prefs, events } = deps;
  return {
    'settings:get': () => prefs.read(),
    'settings:update': (patch) => {
      const next = prefs.update(patch);
      events.emit('settings:changed', next);
      return next;
    },
    'app:info': () => deps.info(),
  };
}

/** Preferences and what the app says about itself. */
export function settingsDomain(deps: Parameters<typeof settingsHandlers>[0]): Domain<keyof typeof settingsChannels> {
  return { name: 'settings', handlers: settingsHandlers(deps) };
}
