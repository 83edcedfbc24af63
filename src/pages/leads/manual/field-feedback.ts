import { useTranslation } from 'react-i18next';
import type { LeadCheck } from '#contract';
import { useIssueText } from '../issue-text';

export const FORM_FIELDS = [
  'fullName',
  'email',
  'phone',
  'company',
  'cnpj',
  'jobTitle',
  'city',
  'state',
  'source',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
const isFormField = (field: string): field is FormField => (FORM_FIELDS as readonly string[]).includes(field);
export type FormValues = Record<FormField, string>;

export const emptyForm: FormValues = {
  fullName: '',
  email: '',
  phone: '',
  company: '',
  cnpj: '',
  jobTitle: '',
  city: '',
  state: '',
  source: '',
};

/** `+5511987654321` as people in Brazil write it, `(11) 98765-4321`; other numbers as they are. */
export function brazilianNational(e164: string): string {
  const m = /^\+55(\d{2})(\d{4,5})(\d{4})$/.exec(e164);
  return m ? `(${m[1]}) ${m[2]}-${m[3]}` : e164;
}

/** What one field shows under it: a problem (red), a warning (orange) or a plain confirmation. */
export interface Feedback {
  error?: string;
  warning?: string;
  note?: string;
  /** A corrected value the user can take with one click. */
  suggestion?: string;
}

/**
 * The core's verdict on the typed lead, per field. Only fields with something typed get a word:
 * an empty phone is not a mistake while the form is being filled.
 */
export function useFieldFeedback(): (
  check: LeadCheck | undefined,
  values: FormValues,
) => Partial<Record<FormField, Feedback>> {
  const { t } = useTranslation();
  const issueText = useIssueText();
  return (check, values) => {
    if (!check) return {};
    const v = check.validation;
    const out: Partial<Record<FormField, Feedback>> = {};
    const facts = { emailSuggestion: v.email.suggestion, phoneSuggestion: v.phone.suggestion };
    const issuesOf = (field: string, severity: 'error' | 'warning') =>
      v.issues.filter((i) => i.field === field && i.severity === severity && !i.code.endsWith('_missing'));
    const firstText = (field: string, severity: 'error' | 'warning') => {
      const found = issuesOf(field, severity)[0];
      return found ? issueText(found, facts) : undefined;
    };

    if (values.fullName.trim() !== '' && v.name.status === 'suspicious') {
      const why = issuesOf('fullName', 'warning')
        .map((i) => issueText(i))
        .join(' ');
      out.fullName = { warning: t('leads.form.messages.nameSuspicious', { why }) };
    }

    if (values.email.trim() !== '') {
      const email: Feedback = {};
      if (v.email.status === 'invalid') email.error = firstText('email', 'error') ?? t('leads.form.messages.invalid');
      if (v.email.suggestion) email.suggestion = v.email.suggestion;
      if (v.email.status === 'valid') {
        if (v.email.kind === 'typo') email.error = firstText('email', 'error');
        else if (v.email.kind === 'disposable') email.warning = t('leads.form.messages.emailDisposable');
        else if (v.email.kind === 'free') email.warning = t('leads.form.messages.emailFree');
        else if (v.email.kind === 'corporate' && !v.email.suggestion)
          email.note = v.email.allowlisted
            ? t('leads.form.messages.emailAllowlisted')
            : t('leads.form.messages.emailCorporate');
      }
      out.email = email;
    }

    if (values.phone.trim() !== '') {
      const phone: Feedback = {};
      if (v.phone.flags.includes('missingNinthDigit') && v.phone.suggestion) {
        const suggestion = brazilianNational(v.phone.suggestion);
        phone.error = t('leads.form.messages.ninthDigit', { suggestion });
        phone.suggestion = suggestion;
      } else if (v.phone.status === 'invalid') {
        phone.error = firstText('phone', 'error') ?? t('leads.form.messages.invalid');
      } else if (v.phone.status === 'valid') {
        const national = v.phone.national ?? v.phone.e164 ?? '';
        const type = v.phone.type ?? 'other';
        phone.note =
          type === 'mobile'
            ? t('leads.form.messages.phoneMobile', { national })
            : type === 'landline'
              ? t('leads.form.messages.phoneLandline', { national })
              : t('leads.form.messages.phoneOther', { national });
        phone.warning = firstText('phone', 'warning');
      }
      out.phone = phone;
    }

    if (values.cnpj.trim() !== '') {
      out.cnpj =
        v.cnpj.status === 'invalid'
          ? { error: firstText('cnpj', 'error') ?? t('leads.form.messages.invalid') }
          : v.cnpj.status === 'valid'
            ? {
                note: t('leads.form.messages.cnpjValid', { formatted: v.cnpj.formatted ?? '' }),
                warning: firstText('cnpj', 'warning'),
              }
            : {};
    }

    if (values.state.trim() !== '' && v.state.status === 'invalid') {
      out.state = { error: t('leads.form.messages.stateUnknown') };
    }

    // Pasted text can carry NUL, ESC or a direction override: the field says they are dropped.
    for (const found of v.issues) {
      if (found.code !== 'control_chars_removed' || !isFormField(found.field)) continue;
      const field = (out[found.field] ??= {});
      const text = issueText(found);
      field.warning = field.warning ? `${field.warning} ${text}` : text;
    }
    return out;
  };
}
