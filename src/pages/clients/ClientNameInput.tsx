import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CLIENT_NAME_MAX } from '#contract';
import { useErrorText } from '../../i18n/errors';
import type { ClientNameForm } from './use-client-name-form';

interface ClientNameInputProps {
  form: ClientNameForm;
  autoFocus?: boolean;
  size?: 'sm' | 'md' | 'lg';
}

export function ClientNameInput({ form, autoFocus = false, size = 'sm' }: ClientNameInputProps) {
  const { t } = useTranslation();
  const { issueText } = useErrorText();
  return (
    <TextInput
      label={t('clients.form.nameLabel')}
      placeholder={t('clients.form.namePlaceholder')}
      // No maxLength: a pasted long name should be explained, not silently cut.
      description={t('clients.form.nameHelp', { max: CLIENT_NAME_MAX })}
      value={form.name}
      onChange={(event) => form.setName(event.currentTarget.value)}
      error={form.nameIssue ? issueText(form.nameIssue) : undefined}
      data-autofocus={autoFocus || undefined}
      autoComplete="off"
      spellCheck={false}
      size={size}
    />
  );
}
