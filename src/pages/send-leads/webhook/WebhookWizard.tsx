import { Box, Button, Container, Group, Paper, Stepper, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationDetail } from '../../../../electron/contract';
import { PageHeader } from '../../../components/PageHeader';
import { useClients } from '../../../stores/clients';
import { filterIsComplete } from '../filters/conditions';
import { WizardNav } from '../wizard/WizardNav';
import { BodyStep } from './BodyStep';
import { DoneStep } from './DoneStep';
import type { WebhookDraft } from './draft';
import { EndpointStep } from './EndpointStep';
import { FiltersStep } from './FiltersStep';
import { ReviewStep } from './ReviewStep';
import { SigningStep } from './SigningStep';
import { useWebhookDraft, useWebhookWizard } from './store';
import { useSaveWebhook, type WebhookSaveMode } from './use-save-webhook';
import { endpointComplete } from './validate';

const steps = ['endpoint', 'body', 'signing', 'filters', 'review'] as const;
type StepId = (typeof steps)[number];

function parses(json: string): boolean {
  try {
    JSON.parse(json);
    return true;
  } catch {
    return false;
  }
}

/** Why "Next" is off on a step, as a translation key; null lets the user go on. */
function blocker(step: StepId, draft: WebhookDraft) {
  switch (step) {
    case 'endpoint':
      return endpointComplete(draft) ? null : ('webhookWizard.blocked.endpoint' as const);
    case 'body':
      return parses(draft.bodyTemplate) ? null : ('webhookWizard.blocked.body' as const);
    case 'signing':
      return draft.integrationId !== null ? null : ('webhookWizard.blocked.signing' as const);
    case 'filters':
      return filterIsComplete(draft.filter) ? null : ('webhookWizard.blocked.filters' as const);
    default:
      return null;
  }
}

export function WebhookWizard() {
  const { t } = useTranslation();
  const draft = useWebhookDraft();
  const close = useWebhookWizard((s) => s.close);
  const clientName = useClients((s) => s.current?.name ?? '');
  const saver = useSaveWebhook();
  const [editing] = useState(draft.integrationId !== null);
  const [active, setActive] = useState(0);
  const [reached, setReached] = useState(editing ? steps.length - 1 : 0);
  const [activated, setActivated] = useState<IntegrationDetail | null>(null);
  const step = steps[active] ?? 'review';
  const blockedBy = blocker(step, draft);
  const firstBlocked = steps.findIndex((id) => blocker(id, draft) !== null);
  const reachable = firstBlocked < 0 ? reached : Math.min(reached, firstBlocked);

  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus the step's heading on every move, so screen readers announce where the user is.
  useEffect(() => {
    headingRef.current?.focus();
  }, [active]);

  function goTo(index: number): void {
    setActive(index);
    setReached((r) => Math.max(r, index));
  }

  function saved(mode: WebhookSaveMode, detail: IntegrationDetail): void {
    if (mode === 'activate') {
      setActivated(detail);
      return;
    }
    const message = mode === 'draft' ? 'webhookWizard.notify.savedDraft' : 'webhookWizard.notify.saved';
    notifications.show({ color: 'teal', message: t(message, { name: detail.name }) });
    close();
  }

  const content: Record<StepId, ReactNode> = {
    endpoint: <EndpointStep />,
    body: <BodyStep />,
    signing: <SigningStep saver={saver} />,
    filters: <FiltersStep />,
    review: <ReviewStep saver={saver} onSaved={saved} />,
  };

  return (
    <Container size="lg" px={0} data-testid="webhook-wizard">
      <PageHeader
        title={editing ? t('webhookWizard.titleEdit', { name: draft.name }) : t('webhookWizard.titleNew')}
        subtitle={t('webhookWizard.subtitle', { name: clientName })}
        actions={
          <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={close}>
            {t('webhookWizard.backToList')}
          </Button>
        }
      />
      <Paper withBorder style={{ overflow: 'hidden' }}>
        {activated ? (
          <Box p="xl">
            <DoneStep detail={activated} onClose={close} />
          </Box>
        ) : (
          <Group align="stretch" gap={0} wrap="nowrap">
            <Box
              component="nav"
              aria-label={t('webhookWizard.stepsLabel')}
              w={240}
              p="lg"
              bg="var(--mantine-color-default-hover)"
              style={{ borderRight: '1px solid var(--mantine-color-default-border)', flexShrink: 0 }}
            >
              <Stepper
                active={active}
                color="grape"
                onStepClick={(index) => {
                  if (index <= reachable) goTo(index);
                }}
                orientation="vertical"
                size="sm"
                iconSize={30}
                allowNextStepsSelect={false}
              >
                {steps.map((id, index) => (
                  <Stepper.Step
                    key={id}
                    label={t(`webhookWizard.steps.${id}`)}
                    description={t(`webhookWizard.stepHints.${id}`)}
                    allowStepSelect={index <= reachable && index !== active}
                    aria-label={t('webhookWizard.stepLabel', {
                      number: index + 1,
                      name: t(`webhookWizard.steps.${id}`),
                    })}
                    aria-current={index === active ? 'step' : undefined}
                  />
                ))}
              </Stepper>
            </Box>
            <Box p="xl" style={{ flex: 1, minWidth: 0 }}>
              <section aria-labelledby={`webhook-step-${step}`} data-testid={`webhook-step-${step}`}>
                <Title id={`webhook-step-${step}`} order={2} size="h3" mb="lg" tabIndex={-1} ref={headingRef}>
                  {t(`webhookWizard.headings.${step}`)}
                </Title>
                {content[step]}
              </section>
              <WizardNav
                onBack={active > 0 ? () => goTo(active - 1) : undefined}
                onNext={step === 'review' ? undefined : () => goTo(active + 1)}
                blockedBy={blockedBy ? t(blockedBy) : null}
              />
            </Box>
          </Group>
        )}
      </Paper>
    </Container>
  );
}
