import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface LogFormatters {
  /** Date and time to the second: several attempts can happen in one minute. */
  dateTime: (epochMs: number) => string;
  /** HH:MM, for "next at". */
  time: (epochMs: number) => string;
  date: (epochMs: number) => string;
  /** HH:MM:SS, for the list, with the date on its own line. */
  clock: (epochMs: number) => string;
}

export function useLogFormatters(): LogFormatters {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
    const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' });
    const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
    const clock = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' });
    return {
      dateTime: (ms) => dateTime.format(new Date(ms)),
      time: (ms) => time.format(new Date(ms)),
      date: (ms) => date.format(new Date(ms)),
      clock: (ms) => clock.format(new Date(ms)),
    };
  }, [i18n.language]);
}

/** Response headers worth showing next to an attempt: the waits and limits the CRM announced. */
export function interestingHeaders(headers: Record<string, string>): Array<[string, string]> {
  return Object.entries(headers).filter(([name]) => /^(retry-after|x?-?ratelimit-.*|ratelimit.*)$/i.test(name));
}

/** A recorded body as people read it: JSON indented, anything else as it was. */
export function prettyBody(body: unknown): string | null {
  if (body === null || body === undefined || body === '') return null;
  if (typeof body === 'string') {
    try {
      return JSON.stringify(JSON.parse(body), null, 2);
    } catch {
      return body;
    }
  }
  return JSON.stringify(body, null, 2);
}
