import type { desktopChannels } from '#contract';
import type { GlobalPause } from '../dispatch/global-pause';
import type { Domain } from '../domain';
import type { DesktopSettingsService } from './settings';
import type { SendingStatusQuery } from './status';

/** What a desktop shell shows outside its window: its settings, the state at a glance, the global pause. */
export function desktopDomain(deps: {
  settings: DesktopSettingsService;
  pause: GlobalPause;
  status: SendingStatusQuery;
}): Domain<keyof typeof desktopChannels> {
  const handlers: Domain<keyof typeof desktopChannels>['handlers'] = {
    'desktop:getSettings': () => deps.settings.read(),
    'desktop:updateSettings': (patch) => deps.settings.update(patch),
    'sending:status': () => deps.status(),
    'sending:pauseAll': () => deps.pause.pause(),
    'sending:resumeAll': () => deps.pause.resume(),
  };
  return { name: 'desktop', handlers };
}
