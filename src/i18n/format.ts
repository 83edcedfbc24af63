import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The app's one way of writing dates and times, in the UI language's conventions (dd/mm in pt-BR,
 * not the browser's): a table's time and date are the two halves of the drawer's date and time.
 */
export interface DateTimeFormats {
  /** "Dec 7, 2026" · "7 de dez. de 2026" */
  date: (epochMs: number) => string;
  /** To the second, since several attempts can happen in one minute: "5:28:14 AM" · "05:28:14" */
  time: (epochMs: number) => string;
  /** Both: "Dec 7, 2026, 5:28:14 AM" · "7 de dez. de 2026, 05:28:14" */
  dateTime: (epochMs: number) => string;
  /** For narrow columns and charts: "Dec 7", with the year only when it is not this one. */
  shortDate: (epochMs: number) => string;
  /** For narrow columns: "5:28 AM" · "05:28" */
  shortTime: (epochMs: number) => string;
}

export function dateTimeFormats(language: string, now: () => number = Date.now): DateTimeFormats {
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
  const dayMonth = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' });
  const shortTime = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
  return {
    date: (ms) => date.format(ms),
    time: (ms) => time.format(ms),
    dateTime: (ms) => dateTime.format(ms),
    shortDate: (ms) =>
      new Date(ms).getFullYear() === new Date(now()).getFullYear() ? dayMonth.format(ms) : date.format(ms),
    shortTime: (ms) => shortTime.format(ms),
  };
}

export function useDateTimeFormats(): DateTimeFormats {
  const { i18n } = useTranslation();
  return useMemo(() => dateTimeFormats(i18n.language), [i18n.language]);
}

/** Dates alone, as everywhere else in the app. */
export function useDateFormatter(): (epochMs: number) => string {
  return useDateTimeFormats().date;
}
