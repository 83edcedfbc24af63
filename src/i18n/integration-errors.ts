import { useTranslation } from 'react-i18next';
import { INTEGRATION_NAME_MAX, type AppErrorPayload, type FieldIssue, type IntegrationType } from '#contract';
import { fieldIssues } from '../api';
import { useCrmNames } from './crm-names';
import { useErrorText } from './errors';

const urlReasons = ['empty', 'invalid', 'not_https', 'app_url', 'credentials', 'not_ac_api'] as const;
const keyReasons = ['empty', 'inner_space', 'invalid', 'required_for_new_url'] as const;
const nameReasons = ['empty', 'too_long', 'duplicate'] as const;
/** AC's own refusals of a request (not of the key): the core reports them as `invalid_input`. */
const remoteRefusals = ['not_found', 'bad_request', 'invalid', 'redirect'];

export type FormField = 'apiUrl' | 'apiKey' | 'name';

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

function detail(error: AppErrorPayload, key: string): unknown {
  const d = error.details;
  return typeof d === 'object' && d !== null ? (d as Record<string, unknown>)[key] : undefined;
}

/** Issues sit on `apiUrl` for lookups and on `config.apiUrl` for saves; both mean the same field. */
export function issueOn(error: AppErrorPayload | null, field: FormField): FieldIssue | undefined {
  if (!error) return undefined;
  return fieldIssues(error).find(
    (issue) => issue.path[0] === field || (issue.path[0] === 'config' && issue.path[1] === field),
  );
}

/** AC refused the key (401/403): the guide's troubleshooting applies to both fields at once. */
export function isRejected(error: AppErrorPayload | null): boolean {
  return error?.code === 'auth_failed' && detail(error, 'reason') !== 'payment';
}

/**
 * Texts for the integration channels' failures. The core's messages are English and meant for
 * logs; what the user reads is picked by code, `details.reason` and the field issues' reasons, and
 * names the integration's own tool (`type`; "the CRM" when the failure is not about one).
 */
export function useIntegrationErrorText(type?: IntegrationType): {
  text: (error: AppErrorPayload) => string;
  fieldText: (error: AppErrorPayload | null, field: FormField) => string | undefined;
} {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const names = useCrmNames(type);
  // The API key and URL advice is ActiveCampaign's; the others' connection steps say what to redo.
  const rejected = (): string =>
    type === undefined || type === 'activecampaign'
      ? t('integrationErrors.rejected')
      : t(`testLead.authByType.${type}`);

  function fieldText(error: AppErrorPayload | null, field: FormField): string | undefined {
    const issue = issueOn(error, field);
    if (!issue) return undefined;
    const reason = issue.reason;
    if (reason === 'rejected') return rejected();
    if (field === 'apiUrl' && isOneOf(urlReasons, reason)) return t(`integrationErrors.apiUrl.${reason}`);
    if (field === 'apiKey' && isOneOf(keyReasons, reason)) return t(`integrationErrors.apiKey.${reason}`);
    if (field === 'name' && isOneOf(nameReasons, reason)) {
      return t(`integrationErrors.name.${reason}`, { max: INTEGRATION_NAME_MAX });
    }
    return t('errors.reasons.invalid');
  }

  function text(error: AppErrorPayload): string {
    const reason = detail(error, 'reason');
    if (error.code === 'auth_failed') {
      return reason === 'payment' ? t('integrationErrors.payment', names) : rejected();
    }
    if (error.code === 'rate_limited') return t('integrationErrors.rateLimited', names);
    // `unavailable` with an error class came from the CRM; without one, the app itself was unreachable.
    if (error.code === 'unavailable' && detail(error, 'errorClass') !== undefined) {
      return t('integrationErrors.remoteUnavailable', names);
    }
    const issues = fieldIssues(error);
    if (issues.some((i) => i.reason === 'no_scoring_profile')) return t('integrationErrors.noScoringProfile');
    if (error.code === 'invalid_input' && typeof reason === 'string' && remoteRefusals.includes(reason)) {
      const status = detail(error, 'status');
      return typeof status === 'number'
        ? t('integrationErrors.remoteRefusedStatus', { ...names, status })
        : t('integrationErrors.remoteRefused', names);
    }
    for (const field of ['apiUrl', 'apiKey', 'name'] as const) {
      const fieldMessage = fieldText(error, field);
      if (fieldMessage !== undefined) return fieldMessage;
    }
    if (issues.some((i) => i.reason === 'duplicate')) return t('integrationErrors.duplicateSelection');
    return errorText(error);
  }

  return { text, fieldText };
}
