import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates in the UI language's conventions (dd/mm/aaaa in pt-BR), not the browser's. */
export function useDateFormatter(): (epochMs: number) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
    return (epochMs: number) => format.format(new Date(epochMs));
  }, [i18n.language]);
}
