import type { TFunction } from 'i18next';

/** "45 seconds", "3 minutes", "2 h 5 min": a time left, rounded up to what is worth reading. */
export function durationText(seconds: number, t: TFunction): string {
  if (seconds < 60) return t('backlog.duration.seconds', { count: Math.max(1, Math.ceil(seconds / 5) * 5) });
  if (seconds < 3600) return t('backlog.duration.minutes', { count: Math.ceil(seconds / 60) });
  const minutes = Math.ceil(seconds / 60);
  return t('backlog.duration.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}
