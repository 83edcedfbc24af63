import type { AppInfo, settingsChannels } from '#contract';
import type { EventBus } from '../events';
import type { HandlerSlice } from '../rpc/handlers';
import type { PreferencesService } from './preferences';

export function settingsHandlers(deps: {
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
