import { Alert, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationDetail } from '#contract';
import { TestLeadPanel } from '../test-lead/TestLeadPanel';
import { useWizardText, type WizardNamespace } from './wizard-text';

interface DoneStepProps {
  ns: WizardNamespace;
  /** e.g. "hubspot-done"; the e2e page models wait for it. */
  testId: string;
  detail: IntegrationDetail;
  onClose: () => void;
}

/** Every wizard's last screen: the integration is active, and "Send test lead" goes through the real dispatch path. */
export function DoneStep({ ns, testId, detail, onClose }: DoneStepProps) {
  const { t } = useTranslation();
  const text = useWizardText(ns);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The "Save and activate" button that had focus is gone; keyboard users continue from here.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <Stack gap="lg" data-testid={testId}>
      <Title order={2} size="h3" tabIndex={-1} ref={headingRef}>
        {text('done.title', { name: detail.name })}
      </Title>
      <Alert color="teal" icon={<IconCircleCheck size={22} />} role="status">
        <Text size="sm">{text('done.body')}</Text>
      </Alert>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('sendLeadsWizard.testHeading')}
        </Title>
        <TestLeadPanel integrationId={detail.id} type={detail.type} />
      </Stack>
      <Divider />
      <Group>
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onClose}>
          {text('backToList')}
        </Button>
      </Group>
    </Stack>
  );
}
