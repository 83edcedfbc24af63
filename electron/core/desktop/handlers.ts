import type { desktopChannels } from '#contract';
import type { GlobalPause } from '../dispatch/global-pause';
import type { HandlerSlice } from '../rpc/handlers';
import type { DesktopSettingsService } from './settings';
import type { SendingStatusQuery } from './status';

export function desktopHandlers(deps: {
  settings: DesktopSettingsService;
  pause: GlobalPause;
  status: SendingStatusQuery;
}): HandlerSlice<keyof typeof desktopChannels> {
  return {
    'desktop:getSettings': () => deps.settings.read(),
    'desktop:updateSettings': (patch) => deps.settings.update(patch),
    'sending:status': () => deps.status(),
    'sending:pauseAll': () => deps.pause.pause(),
    'sending:resumeAll': () => deps.pause.resume(),
  };
}
