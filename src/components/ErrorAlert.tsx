import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '../../electron/contract';
import { useErrorText } from '../i18n/errors';

interface ErrorAlertProps {
  error: AppErrorPayload;
  onRetry?: () => void;
  onClose?: () => void;
}

export function ErrorAlert({ error, onRetry, onClose }: ErrorAlertProps) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={t('errors.title')}
      icon={<IconAlertTriangle size={18} />}
      withCloseButton={onClose !== undefined}
      closeButtonLabel={t('common.close')}
      onClose={onClose}
    >
      {errorText(error)}
      {onRetry && (
        <Button variant="white" color="red" size="xs" mt="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
