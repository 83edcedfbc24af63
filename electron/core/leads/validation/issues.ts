/**
 * Everything validation says to a person is a stable code the renderer translates; `message` is
 * an English default for logs and the local API. Warnings never stop a lead, errors mean the
 * value is unusable (the lead is still kept and scored).
 */
export type IssueSeverity = 'error' | 'warning';

export type LeadIssueField =
  | 'fullName'
  | 'email'
  | 'phone'
  | 'company'
  | 'cnpj'
  | 'jobTitle'
  | 'city'
  | 'state'
  | 'source'
  | `utm.${string}`
  | `custom.${string}`;

/** The facts a message names (an area code, a count, the characters not allowed), for translations. */
export type IssueFacts = Record<string, string | number>;

export interface ValidationIssue {
  field: LeadIssueField;
  code: string;
  severity: IssueSeverity;
  message: string;
  values?: IssueFacts;
}

export function issue(
  field: LeadIssueField,
  code: string,
  severity: IssueSeverity,
  message: string,
  values?: IssueFacts,
): ValidationIssue {
  const out: ValidationIssue = { field, code, severity, message };
  if (values && Object.keys(values).length > 0) out.values = values;
  return out;
}
