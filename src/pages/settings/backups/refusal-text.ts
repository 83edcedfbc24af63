import { useTranslation } from 'react-i18next';
import { restoreRefusals, type AppErrorPayload, type RestoreRefusal } from '#contract';
import { useErrorText } from '../../../i18n/errors';

function refusal(error: AppErrorPayload): { reason: RestoreRefusal; version: string | null } | null {
  const details = error.details as { reason?: unknown; appVersion?: unknown } | undefined;
  const reason = details?.reason;
  if (typeof reason !== 'string' || !(restoreRefusals as readonly string[]).includes(reason)) return null;
  return {
    reason: reason as RestoreRefusal,
    version: typeof details?.appVersion === 'string' ? details.appVersion : null,
  };
}

/** Why a file was refused, in the user's words; other errors by their code. */
export function useRefusalText(): (error: AppErrorPayload) => string {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  return (error) => {
    const found = refusal(error);
    if (!found) return errorText(error);
    if (found.reason === 'newer_version') {
      return found.version
        ? t('backups.refused.newer_version', { version: found.version })
        : t('backups.refused.newer_versionUnknown');
    }
    return t(`backups.refused.${found.reason}`);
  };
}
