/** The Leads list and import report as CSV files: titles and column headings (English). */
export const leadsExportEn = {
  export: {
    title: 'Exporting the filtered leads',
    reportTitle: 'Writing the import report',
    report: 'Download the report (CSV)',
    yes: 'yes',
    no: 'no',
    columns: {
      issues: 'Problems',
    },
    reportColumns: {
      row: 'Row',
      line: 'Line',
      outcome: 'Row result',
      column: 'Column',
      field: 'Field',
      severity: 'Severity',
      code: 'Code',
      message: 'Problem',
    },
  },
} as const;
