import { Alert, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationDetail } from '../../../../electron/contract';
import { TestLeadPanel } from '../test-lead/TestLeadPanel';

/** The guide's last step: "Activate the integration and click Send test lead". */
export function DoneStep({ detail, onClose }: { detail: IntegrationDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The "Save and activate" button that had focus is gone; keyboard users continue from here.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <Stack gap="lg" data-testid="wizard-done">
      <Title order={2} size="h3" tabIndex={-1} ref={headingRef}>
        {t('acWizard.done.title', { name: detail.name })}
      </Title>
      <Alert color="teal" icon={<IconCircleCheck size={22} />} role="status">
        <Text size="sm">{t('acWizard.done.body')}</Text>
      </Alert>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('acWizard.done.testHeading')}
        </Title>
        <TestLeadPanel integrationId={detail.id} type={detail.type} />
      </Stack>
      <Divider />
      <Group>
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onClose}>
          {t('acWizard.backToList')}
        </Button>
      </Group>
    </Stack>
  );
}
