import { zonedDays } from '../report/period';

/**
 * Today and this week in the user's time zone, as the report counts days: a day starts at the first
 * instant of its local date (so a daylight-saving change never counts a lead twice), and a week on
 * Monday, as ISO 8601 and Brazil's calendars number weeks.
 */
export function homeWindows(now: number, timeZone: string): { todayFrom: number; weekFrom: number; to: number } {
  const zone = zonedDays(timeZone);
  const today = zone.localDay(now);
  // Day 0 (1970-01-01) was a Thursday: three days after a Monday.
  const monday = today - ((((today + 3) % 7) + 7) % 7);
  return { todayFrom: zone.startOf(today), weekFrom: zone.startOf(monday), to: zone.startOf(today + 1) };
}
