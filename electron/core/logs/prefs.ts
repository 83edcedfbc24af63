import { z } from 'zod';
import { RETENTION_DAYS_DEFAULT, retentionDaysSchema } from '#contract/logs';
import type { PreferencesService } from '../settings/preferences';

/** What the Logs domain keeps in the preferences document, under its own key. */
export const logsPrefsSchema = z.object({
  retentionDays: retentionDaysSchema.catch(RETENTION_DAYS_DEFAULT).default(RETENTION_DAYS_DEFAULT),
  /** Client id → when the user last reviewed that client's errors. */
  healthSeen: z.record(z.string().max(100), z.number().int().nonnegative()).catch({}).default({}),
});
export type LogsPrefs = z.output<typeof logsPrefsSchema>;

export function logsPrefs(prefs: PreferencesService) {
  const section = prefs.section('logs', logsPrefsSchema);
  return {
    read: () => section.read(),
    update(patch: Partial<LogsPrefs>): LogsPrefs {
      const next = { ...section.read(), ...patch };
      section.write(next);
      return next;
    },
  };
}
export type LogsPrefsStore = ReturnType<typeof logsPrefs>;
