import { desktopSettingsSchema, type DesktopSettings, type DesktopSettingsPatch } from '#contract';
import type { EventBus } from '../events';
import type { PreferencesService } from '../settings/preferences';

/** The desktop shell's settings, kept in the preferences document under `desktop`. */
export function createDesktopSettings(prefs: PreferencesService, events: EventBus) {
  const section = prefs.section('desktop', desktopSettingsSchema);
  return {
    read: (): DesktopSettings => section.read(),
    update(patch: DesktopSettingsPatch): DesktopSettings {
      const current = section.read();
      const next: DesktopSettings = {
        ...current,
        ...patch,
        notifications: { ...current.notifications, ...patch.notifications },
      };
      section.write(next);
      events.emit('desktop:settingsChanged', next);
      return next;
    },
  };
}

export type DesktopSettingsService = ReturnType<typeof createDesktopSettings>;
