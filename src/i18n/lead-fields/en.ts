/**
 * What a lead's fields, and the names of its score ranges, are called wherever the app shows them: the
 * Leads table, filters and detail, the form, the import, the CSV export, a dispatch's lead in the Logs,
 * the dispatch filters and every CRM's mapping (English; pt-BR mirrors the keys). A CSV export the
 * renderer does not name gets the core's English headings, which are these.
 */
export const leadFieldsEn = {
  leadFields: {
    receivedAt: 'Received',
    fullName: 'Name',
    /** The name as a whole where its first and last parts are offered beside it. */
    wholeName: 'Full name',
    email: 'E-mail',
    phone: 'Phone',
    company: 'Company',
    cnpj: 'CNPJ',
    jobTitle: 'Job title',
    city: 'City',
    state: 'State',
    /** Where the state is typed or read as its two-letter code. */
    stateCode: 'State (UF)',
    source: 'Source',
    score: 'Score',
    scoreRange: 'Score range',
    /** The score range right after the score, which says what it is the range of. */
    range: 'Range',
    qualified: 'Qualified',
    emailKind: 'E-mail kind',
    origin: 'Origin',
    utm: 'UTM',
    /** Any UTM parameter, its key to be given. */
    utmParameter: 'UTM parameter',
    utmKey: 'UTM {{key}}',
    custom: 'Custom fields',
    /** Any custom field, its key to be given. */
    customField: 'Custom field',
    customKey: 'Custom field “{{key}}”',
  },
  /** The default score ranges by name, and a range's bounds. */
  scoreRanges: {
    high: 'High',
    medium: 'Medium',
    low: 'Low',
    from: '{{min}} and above',
    upTo: 'up to {{max}}',
    between: '{{min}} to {{max}}',
    any: 'any score',
  },
} as const;

/** A lead field label's key; the UTM parameter and custom field of a given key take it as `{ key }`. */
export type LeadFieldLabel = Exclude<keyof (typeof leadFieldsEn)['leadFields'], 'utmKey' | 'customKey'>;
