import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '#contract';
import { useErrorText } from '../i18n/errors';

interface ErrorAlertProps {
  error: AppErrorPayload;
  onRetry?: () => void;
  onClose?: () => void;
  /** A text chosen by the caller for this error (e.g. by its reason); the code's generic text otherwise. */
  message?: string;
  title?: string;
}

export function ErrorAlert({ error, onRetry, onClose, message, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={title ?? t('errors.title')}
      icon={<IconAlertTriangle size={18} />}
      withCloseButton={onClose !== undefined}
      closeButtonLabel={t('common.close')}
      onClose={onClose}
    >
      {message ?? errorText(error)}
      {onRetry && (
        <Button variant="white" color="red" size="xs" mt="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
