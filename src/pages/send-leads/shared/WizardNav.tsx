import { Button, Group, Text } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface WizardNavProps {
  /** Absent on the first step. */
  onBack: (() => void) | undefined;
  /** Absent on the review step, whose own buttons save. */
  onNext: (() => void) | undefined;
  /** Why "Next" is off, shown next to it rather than leaving the user guessing. */
  blockedBy: string | null;
}

export function WizardNav({ onBack, onNext, blockedBy }: WizardNavProps) {
  const { t } = useTranslation();
  return (
    <Group
      justify="space-between"
      mt="xl"
      pt="md"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
    >
      {onBack ? (
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
          {t('sendLeadsWizard.back')}
        </Button>
      ) : (
        <span />
      )}
      {onNext && (
        <Group gap="sm">
          {blockedBy && (
            <Text size="sm" c="dimmed" data-testid="next-blocked">
              {blockedBy}
            </Text>
          )}
          <Button rightSection={<IconArrowRight size={16} />} onClick={onNext} disabled={blockedBy !== null}>
            {t('sendLeadsWizard.next')}
          </Button>
        </Group>
      )}
    </Group>
  );
}
