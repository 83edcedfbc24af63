import { leadsExportEn } from './en-export';
import { leadsDetailEn } from './en-detail';
import { leadsFormEn } from './en-form';
import { leadsImportEn } from './en-import';
import { leadsIssuesEn } from './en-issues';

/** Leads page: table, filters, detail, manual form and CSV import (English; pt-BR mirrors the keys). */
export const leadsEn = {
  leads: {
    title: 'Leads',
    subtitle: 'For {{name}}: every lead received, validated and given a quality score.',
    actions: {
      add: 'Add lead',
      import: 'Import CSV',
    },
    tabs: {
      label: 'Leads views',
      leads: 'Leads',
      imports: 'Imports',
      scoring: 'Scoring',
      settings: 'Settings',
    },
    tableLabel: 'Leads',
    total_one: '{{count}} lead',
    total_other: '{{count}} leads',
    shown: '{{shown}} of {{total}} shown, scroll for more',
    shownMany: '{{shown}} of more than {{total}} shown, scroll for more',
    loadingMore: 'Loading more…',
    refreshing: 'Updating…',
    columns: {
      issues: 'Checks',
    },
    emailKinds: {
      corporate: 'Corporate',
      free: 'Free',
      typo: 'Probable typo',
      disposable: 'Disposable',
      invalid: 'Invalid',
      missing: 'Missing',
    },
    emailKindHints: {
      corporate: 'An address on the company’s own domain.',
      free: 'A personal mailbox (Gmail, Hotmail, Outlook…).',
      typo: 'A free provider’s name mistyped (gmial.com, gmail.com.br): mail would not arrive until it is corrected.',
      disposable: 'A throwaway address that stops working after a while.',
      invalid: 'This is not a usable e-mail address.',
      missing: 'The lead came without an e-mail.',
    },
    origins: {
      csv: 'CSV',
      manual: 'Manual',
      api: 'API',
      test: 'Test',
    },
    qualified: {
      yes: 'Qualified',
      no: 'Not qualified',
    },
    noScore: 'Not scored',
    noScoreHint: 'The client had no active scoring profile when this lead arrived.',
    checks: {
      clean: 'Clean',
      count_one: '{{count}} problem',
      count_other: '{{count}} problems',
      hint: 'Open the lead to see what validation found.',
    },
    filters: {
      label: 'Lead filters',
      search: 'Search',
      searchPlaceholder: 'Name, e-mail, company, phone',
      anyRange: 'Any range',
      emailKind: 'E-mail',
      anyKind: 'Any kind',
      problems: 'Checks',
      withProblems: 'With problems',
      clean: 'Clean',
      anyOrigin: 'Any origin',
      any: 'All',
      yes: 'Yes',
      no: 'No',
      importChip: 'From import: {{name}}',
      clearImport: 'Show all imports',
      clear: 'Clear filters',
    },
    empty: {
      title: 'Your leads will appear here',
      body: 'Import a CSV file exported from a form or an ad platform, or add a lead by hand. Every lead is validated and scored as it arrives.',
      filteredTitle: 'No lead matches these filters',
      filteredBody: 'Try a broader search or clear the filters to see every lead of this client.',
    },
    notify: {
      deleted: 'Lead deleted.',
    },
    ...leadsExportEn,
    ...leadsDetailEn,
    ...leadsFormEn,
    ...leadsImportEn,
    ...leadsIssuesEn,
  },
} as const;
