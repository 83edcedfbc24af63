import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, TemplateRefusal } from '#contract';
import { useErrorText } from '../../i18n/errors';

interface RefusalDetails {
  reason?: TemplateRefusal;
  version?: number;
  supported?: number;
  issues?: Array<{ path: Array<string | number>; reason: string; message: string }>;
}

/** Why a file was refused, in the user's language: the first broken field by its path when hand-edited. */
export function useRefusalText(): (error: AppErrorPayload) => string {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  return (error) => {
    const details = (error.details ?? {}) as RefusalDetails;
    switch (details.reason) {
      case 'not_json':
      case 'not_a_template':
      case 'too_big':
        return t(`templates.refusal.${details.reason}`);
      case 'newer_version':
        return t('templates.refusal.newer_version', {
          version: details.version ?? '?',
          supported: details.supported ?? '?',
        });
      case 'invalid': {
        const issue = details.issues?.[0];
        if (!issue) return t('templates.refusal.invalidNoPath', { reason: error.message });
        const path = issue.path.length > 0 ? issue.path.join('.') : t('templates.refusal.root');
        const known = t(`templates.refusal.reasons.${issue.reason}`, { defaultValue: '' });
        return t('templates.refusal.invalid', { path, reason: known || issue.reason.replace(/_/g, ' ') });
      }
      default:
        return errorText(error);
    }
  };
}
