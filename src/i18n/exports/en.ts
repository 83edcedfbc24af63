/** Generated files (Logs and Leads CSV, import reports): progress, cancel and outcome (English). */
export const exportsEn = {
  exports: {
    button: 'Export CSV',
    progress: '{{done}} of about {{total}} rows',
    downloading: 'Downloading the file…',
    cancel: 'Cancel export',
    done_one: 'Saved {{fileName}} ({{rows}} row).',
    done_other: 'Saved {{fileName}} ({{rows}} rows).',
    cancelled: 'Export cancelled.',
  },
} as const;
