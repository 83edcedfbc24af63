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
import { ConnectStep } from './ConnectStep';
import { DoneStep } from './DoneStep';
import { isConnected, type PipedriveDraft } from './draft';
import { FiltersStep } from './FiltersStep';
import { MappingStep } from './MappingStep';
import { ReviewStep } from './ReviewStep';
import { usePipedriveDraft, usePipedriveWizard } from './store';
import { useSavePipedrive, type PipedriveSaveMode } from './use-save-pipedrive';

const steps = ['connect', 'mapping', 'filters', 'review'] as const;
type StepId = (typeof steps)[number];

/** Why "Next" is off on a step, as a translation key; null lets the user go on. */
function blocker(step: StepId, draft: PipedriveDraft) {
  switch (step) {
    case 'connect':
      return draft.name.trim() !== '' && isConnected(draft) ? null : ('pipedriveWizard.blocked.connect' as const);
    case 'mapping':
      return draft.fields.every((row) => row.field !== null) ? null : ('pipedriveWizard.blocked.mapping' as const);
    case 'filters':
      return filterIsComplete(draft.filter) ? null : ('pipedriveWizard.blocked.filters' as const);
    default:
      return null;
  }
}

/** The Pipedrive wizard: connect (browser sign-in or personal token), person fields and labels, filters, review and activation. */
export function PipedriveWizard() {
  const { t } = useTranslation();
  const draft = usePipedriveDraft();
  const close = usePipedriveWizard((s) => s.close);
  const clientName = useClients((s) => s.current?.name ?? '');
  const saver = useSavePipedrive();
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

  function saved(mode: PipedriveSaveMode, detail: IntegrationDetail): void {
    if (mode === 'activate') {
      setActivated(detail);
      return;
    }
    notifications.show({ color: 'teal', message: t('pipedriveWizard.notify.savedDraft', { name: detail.name }) });
    close();
  }

  const content: Record<StepId, ReactNode> = {
    connect: <ConnectStep />,
    mapping: <MappingStep />,
    filters: <FiltersStep />,
    review: <ReviewStep saver={saver} onSaved={saved} />,
  };

  return (
    <Container size="lg" px={0} data-testid="pipedrive-wizard">
      <PageHeader
        title={editing ? t('pipedriveWizard.titleEdit', { name: draft.name }) : t('pipedriveWizard.titleNew')}
        subtitle={t('pipedriveWizard.subtitle', { name: clientName })}
        actions={
          <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={close}>
            {t('pipedriveWizard.backToList')}
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
              aria-label={t('pipedriveWizard.stepsLabel')}
              w={240}
              p="lg"
              bg="var(--mantine-color-default-hover)"
              style={{ borderRight: '1px solid var(--mantine-color-default-border)', flexShrink: 0 }}
            >
              <Stepper
                active={active}
                color="green"
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
                    label={t(`pipedriveWizard.steps.${id}`)}
                    description={t(`pipedriveWizard.stepHints.${id}`)}
                    allowStepSelect={index <= reachable && index !== active}
                    aria-label={t('pipedriveWizard.stepLabel', {
                      number: index + 1,
                      name: t(`pipedriveWizard.steps.${id}`),
                    })}
                    aria-current={index === active ? 'step' : undefined}
                  />
                ))}
              </Stepper>
            </Box>
            <Box p="xl" style={{ flex: 1, minWidth: 0 }}>
              <section aria-labelledby={`pipedrive-step-${step}`} data-testid={`pipedrive-step-${step}`}>
                <Title id={`pipedrive-step-${step}`} order={2} size="h3" mb="lg" tabIndex={-1} ref={headingRef}>
                  {t(`pipedriveWizard.headings.${step}`)}
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
