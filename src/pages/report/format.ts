import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientReport } from '#contract';
import { monthDays } from './period';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A month's name with its year ("March 2026", "março de 2026"); capitalised where it starts a line. */
export function monthLabel(month: string, language: string, start = true): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const text = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric' }).format(new Date(y, m - 1, 1));
  return start ? text.charAt(0).toLocaleUpperCase(language) + text.slice(1) : text;
}

/**
 * The report's numbers in the UI language: counts, shares, durations ("45 sec", "2.5 min", "3 h",
 * "1.5 days"), calendar days and the period as a phrase.
 */
export function useReportFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const integer = new Intl.NumberFormat(language);
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    const dayFormat = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const longDay = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    const unit = (value: number, name: 'second' | 'minute' | 'hour' | 'day') =>
      new Intl.NumberFormat(language, {
        style: 'unit',
        unit: name,
        unitDisplay: name === 'day' ? 'long' : 'short',
        maximumFractionDigits: value < 10 ? 1 : 0,
      }).format(value);
    /** `YYYY-MM-DD` as a calendar day, whatever the computer's zone. */
    const utcDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
    return {
      count: (n: number) => integer.format(n),
      share: (part: number, whole: number) => percent.format(whole === 0 ? 0 : part / whole),
      duration(ms: number): string {
        if (ms < MINUTE) return unit(Math.round(ms / SECOND), 'second');
        if (ms < HOUR) return unit(ms / MINUTE, 'minute');
        if (ms < DAY) return unit(ms / HOUR, 'hour');
        return unit(ms / DAY, 'day');
      },
      shortDay: (date: string) => dayFormat.format(utcDay(date)),
      day: (date: string) => longDay.format(utcDay(date)),
      /**
       * "March 2026" for a whole calendar month, else "Mar 3, 2026 to Mar 9, 2026"; as a sentence
       * goes on ("em março de 2026") unless `start`.
       */
      period(r: Pick<ClientReport, 'firstDay' | 'lastDay'>, start = false): string {
        const month = r.firstDay.slice(0, 7);
        const whole = monthDays(month);
        if (r.firstDay === whole.from && r.lastDay === whole.to) return monthLabel(month, language, start);
        return t('report.period.rangeText', {
          from: longDay.format(utcDay(r.firstDay)),
          to: longDay.format(utcDay(r.lastDay)),
        });
      },
    };
  }, [language, t]);
}
