import type { TFunction } from 'i18next';
import { leadExportColumns } from '#contract';

/** The Leads export's column headings in the user's language: each lead field as the app names it, and the problems. */
export function leadExportHeadings(t: TFunction): string[] {
  return leadExportColumns.map((column) =>
    column === 'issues' ? t('leads.export.columns.issues') : t(`leadFields.${column}`),
  );
}
