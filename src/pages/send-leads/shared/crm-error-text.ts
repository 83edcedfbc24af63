import type { AppErrorPayload } from '#contract';
import { fieldIssues } from '../../../api';
import { useIntegrationErrorText } from '../../../i18n/integration-errors';
import { crmOfNamespace, type CrmNamespace } from './CrmConnect';
import { useWizardText } from './wizard-text';

const oauthReasons = ['oauth_denied', 'oauth_timeout', 'oauth_cancelled', 'oauth_app_missing'] as const;

function reasonOf(error: AppErrorPayload): unknown {
  const d = error.details;
  return typeof d === 'object' && d !== null ? (d as Record<string, unknown>).reason : undefined;
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/**
 * What the user reads for a CRM channel's failure (sign-in or token): by reason and field issue, in their
 * language. `ns` holds connect.failed.* and errors.*; `reasons` adds the CRM's own refusals (HubSpot's
 * missing scopes, Pipedrive's forbidden) as paths below it.
 */
export function useCrmErrorText(ns: CrmNamespace, reasons: Record<string, string>): (error: AppErrorPayload) => string {
  const wizardText = useWizardText(ns);
  const { text } = useIntegrationErrorText(crmOfNamespace[ns]);
  return (error) => {
    const reason = reasonOf(error);
    if (isOneOf(oauthReasons, reason)) return wizardText(`connect.failed.${reason}`);
    const own = typeof reason === 'string' && Object.hasOwn(reasons, reason) ? reasons[reason] : undefined;
    if (own !== undefined) return wizardText(own);
    if (error.code === 'auth_failed') return wizardText('errors.rejected');
    for (const issue of fieldIssues(error)) {
      const field = issue.path[0] === 'config' ? issue.path[1] : issue.path[0];
      if (field === 'token' || field === 'connectionId') {
        if (issue.reason === 'inner_space') return wizardText('errors.tokenSpace');
        if (issue.reason === 'invalid') return wizardText('errors.tokenInvalid');
        if (issue.reason === 'required_for_new_url') return wizardText('errors.newUrl');
        return wizardText(field === 'token' ? 'errors.tokenEmpty' : 'errors.signInFirst');
      }
      if (field === 'apiUrl') return wizardText('errors.apiUrl');
    }
    return text(error);
  };
}
