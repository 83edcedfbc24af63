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

/** What the user reads for a HubSpot channel's failure: by reason and field issue, in their language. */
export function useHubspotErrorText(): (error: AppErrorPayload) => string {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText();
  return (error) => {
    const reason = reasonOf(error);
    if (isOneOf(oauthReasons, reason)) return t(`hubspotWizard.connect.failed.${reason}`);
    if (reason === 'missing_scopes') return t('hubspotWizard.errors.missingScopes');
    if (error.code === 'auth_failed') return t('hubspotWizard.errors.rejected');
    for (const issue of fieldIssues(error)) {
      const field = issue.path[0] === 'config' ? issue.path[1] : issue.path[0];
      if (field === 'token' || field === 'connectionId') {
        if (issue.reason === 'inner_space') return t('hubspotWizard.errors.tokenSpace');
        if (issue.reason === 'invalid') return t('hubspotWizard.errors.tokenInvalid');
        if (issue.reason === 'required_for_new_url') return t('hubspotWizard.errors.newUrl');
        return field === 'token' ? t('hubspotWizard.errors.tokenEmpty') : t('hubspotWizard.errors.signInFirst');
      }
      if (field === 'apiUrl') return t('hubspotWizard.errors.apiUrl');
    }
    return text(error);
  };
}
