import { useTranslation } from 'react-i18next';
import { CLIENT_NAME_MAX, type AppErrorPayload, type FieldIssue } from '#contract';

const knownReasons = ['empty', 'too_long', 'duplicate'] as const;
type KnownReason = (typeof knownReasons)[number];

function isKnownReason(reason: string): reason is KnownReason {
  return (knownReasons as readonly string[]).includes(reason);
}

/**
 * The core's messages are English and meant for logs; users see text chosen by the stable code or
 * reason, in their language.
 */
export function useErrorText(): {
  errorText: (error: AppErrorPayload) => string;
  issueText: (issue: FieldIssue) => string;
} {
  const { t } = useTranslation();
  return {
    errorText: (error) => t(`errors.codes.${error.code}`),
    issueText: (issue) =>
      isKnownReason(issue.reason)
        ? t(`errors.reasons.${issue.reason}`, { max: CLIENT_NAME_MAX })
        : t('errors.reasons.invalid'),
  };
}
