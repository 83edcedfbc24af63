import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '../../../../electron/contract';
import { fieldIssues } from '../../../api';
import { useIntegrationErrorText } from '../../../i18n/integration-errors';

const oauthReasons = ['oauth_denied', 'oauth_timeout', 'oauth_cancelled', 'oauth_app_missing'] as const;

function reasonOf(error: AppErrorPayload): unknown {
  const d = error.details;
  return typeof d === 'object' && d !== null ? (d as Record<string, unknown>).reason : undefined;
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** What the user reads for a Pipedrive channel's failure: by reason and field issue, in their language. */
export function usePipedriveErrorText(): (error: AppErrorPayload) => string {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText();
  return (error) => {
    const reason = reasonOf(error);
    if (isOneOf(oauthReasons, reason)) return t(`pipedriveWizard.connect.failed.${reason}`);
    if (reason === 'forbidden') return t('pipedriveWizard.errors.forbidden');
    if (error.code === 'auth_failed') return t('pipedriveWizard.errors.rejected');
    for (const issue of fieldIssues(error)) {
      const field = issue.path[0] === 'config' ? issue.path[1] : issue.path[0];
      if (field === 'token' || field === 'connectionId') {
        if (issue.reason === 'inner_space') return t('pipedriveWizard.errors.tokenSpace');
        if (issue.reason === 'invalid') return t('pipedriveWizard.errors.tokenInvalid');
        if (issue.reason === 'required_for_new_url') return t('pipedriveWizard.errors.newUrl');
        return field === 'token' ? t('pipedriveWizard.errors.tokenEmpty') : t('pipedriveWizard.errors.signInFirst');
      }
      if (field === 'apiUrl') return t('pipedriveWizard.errors.apiUrl');
    }
    return text(error);
  };
}
