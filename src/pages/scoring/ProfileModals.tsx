import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoringProfileSummary } from '#contract';

/** Keeps the last non-null value through a modal's closing transition. */
function useShown<T>(value: T | null): T | null {
  const [shown, setShown] = useState(value);
  if (value !== null && value !== shown) setShown(value);
  return shown;
}

/** Deleting a profile: confirmed, or explained as impossible when it is the active one. */
export function DeleteProfileModal({
  profile,
  busy,
  onConfirm,
  onClose,
}: {
  profile: ScoringProfileSummary | null;
  busy: boolean;
  onConfirm: (profile: ScoringProfileSummary) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const shown = useShown(profile);
  const name = shown?.name ?? '';
  const active = shown?.active ?? false;
  return (
    <Modal
      opened={profile !== null}
      onClose={onClose}
      title={active ? t('scoring.delete.activeTitle', { name }) : t('scoring.delete.title', { name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="lg">
        {active ? (
          <Alert color="orange" variant="light" icon={<IconLock size={18} />} data-testid="delete-active-explained">
            {t('scoring.delete.activeBody')}
          </Alert>
        ) : (
          <Text size="sm">{t('scoring.delete.body')}</Text>
        )}
        <Group justify="flex-end" gap="sm">
          {active ? (
            <Button onClick={onClose} data-autofocus>
              {t('scoring.delete.understood')}
            </Button>
          ) : (
            <>
              <Button variant="default" onClick={onClose} data-autofocus>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={busy} onClick={() => shown && onConfirm(shown)}>
                {t('scoring.delete.confirm')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

/** Asked before anything would replace an edited draft. */
export function DiscardModal({
  name,
  opened,
  onDiscard,
  onKeep,
}: {
  name: string;
  opened: boolean;
  onDiscard: () => void;
  onKeep: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onKeep}
      title={t('scoring.discard.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="lg">
        <Text size="sm">{t('scoring.discard.body', { name })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onKeep} data-autofocus>
            {t('scoring.discard.keep')}
          </Button>
          <Button color="red" onClick={onDiscard}>
            {t('scoring.discard.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
