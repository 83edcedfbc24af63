import { useDateTimeFormats, type DateTimeFormats } from '../../i18n/format';

/** Logs, their drawer and the lead detail write dates and times as the rest of the app does. */
export function useLogFormatters(): DateTimeFormats {
  return useDateTimeFormats();
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
