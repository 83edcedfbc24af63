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

export interface ValidationIssue {
  field: LeadIssueField;
  code: string;
  severity: IssueSeverity;
  message: string;
}

export function issue(field: LeadIssueField, code: string, severity: IssueSeverity, message: string): ValidationIssue {
  return { field, code, severity, message };
}
