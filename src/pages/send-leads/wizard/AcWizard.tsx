import { Box, Button, Container, Group, Paper, Stepper, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationDetail } from '../../../../electron/contract';
import { PageHeader } from '../../../components/PageHeader';
import { useClients } from '../../../stores/clients';
import { filterIsComplete } from '../filters/conditions';
import { ConfigureStep, nameProblem } from './ConfigureStep';
import { CredentialsStep } from './CredentialsStep';
import type { WizardDraft } from './draft';
import { DoneStep } from './DoneStep';
import { FiltersStep } from './FiltersStep';
import { ListsStep } from './ListsStep';
import { mappingIsComplete, MappingStep } from './mapping/MappingStep';
import { ReviewStep } from './ReviewStep';
import { steps, type StepId } from './steps';
import { TagsStep } from './TagsStep';
import { useWizardLookups, type WizardLookups } from './use-wizard-lookups';
import { useDraft, useWizardStore } from './wizard-store';
import { WizardNav } from './WizardNav';
import type { SaveMode } from './use-save-integration';

/** Why "Next" is off on a step, as a translation key; null lets the user go on. */
function blocker(step: StepId, draft: WizardDraft, lookups: WizardLookups) {
  switch (step) {
    case 'credentials':
      return lookups.connected ? null : ('acWizard.blocked.credentials' as const);
    case 'configure':
      return nameProblem(draft.name) ? ('acWizard.blocked.name' as const) : null;
    case 'mapping':
      return mappingIsComplete(draft) ? null : ('acWizard.blocked.mapping' as const);
    case 'filters':
      return filterIsComplete(draft.filter) ? null : ('acWizard.blocked.filters' as const);
    default:
      return null;
  }
}

export function AcWizard() {
  const { t } = useTranslation();
  const draft = useDraft();
  const close = useWizardStore((s) => s.close);
  const clientName = useClients((s) => s.current?.name ?? '');
  const lookups = useWizardLookups(draft);
  // Fixed when the wizard opens: saving a new integration midway must not turn the title into "Edit".
  const [editing] = useState(draft.integrationId !== null);
  const [active, setActive] = useState(0);
  // Editing opens every step at once; a new integration unlocks them as the user goes.
  const [reached, setReached] = useState(editing ? steps.length - 1 : 0);
  const [activated, setActivated] = useState<IntegrationDetail | null>(null);
  const step = steps[active] ?? 'review';
  const blockedBy = blocker(step, draft, lookups);
  // Steps after a blocked one cannot be jumped to either.
  const firstBlocked = steps.findIndex((id) => blocker(id, draft, lookups) !== null);
  const reachable = firstBlocked < 0 ? reached : Math.min(reached, firstBlocked);

  const headingRef = useRef<HTMLHeadingElement>(null);
  // On opening and after "Next"/"Back", focus the step's heading: the button that was clicked may be
  // gone, and screen readers then announce where the user is. Tab goes on to the step's first field.
  useEffect(() => {
    headingRef.current?.focus();
  }, [active]);

  function goTo(index: number): void {
    setActive(index);
    setReached((r) => Math.max(r, index));
  }

  function saved(mode: SaveMode, detail: IntegrationDetail): void {
    if (mode === 'activate') {
      setActivated(detail);
      return;
    }
    const message = mode === 'draft' ? 'sendLeads.notify.savedDraft' : 'sendLeads.notify.saved';
    notifications.show({ color: 'teal', message: t(message, { name: detail.name }) });
    close();
  }

  const content: Record<StepId, ReactNode> = {
    credentials: <CredentialsStep lookups={lookups} />,
    configure: <ConfigureStep />,
    tags: <TagsStep lookups={lookups} />,
    lists: <ListsStep lookups={lookups} />,
    mapping: <MappingStep lookups={lookups} />,
    filters: <FiltersStep lookups={lookups} />,
    review: <ReviewStep onGoTo={(id) => goTo(steps.indexOf(id))} onSaved={saved} />,
  };

  return (
    <Container size="lg" px={0} data-testid="ac-wizard">
      <PageHeader
        title={editing ? t('acWizard.titleEdit', { name: draft.name }) : t('acWizard.titleNew')}
        subtitle={t('acWizard.subtitle', { name: clientName })}
        actions={
          <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={close}>
            {t('acWizard.backToList')}
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
              aria-label={t('acWizard.stepsLabel')}
              w={240}
              p="lg"
              bg="var(--mantine-color-default-hover)"
              style={{ borderRight: '1px solid var(--mantine-color-default-border)', flexShrink: 0 }}
            >
              <Stepper
                active={active}
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
                    label={t(`acWizard.steps.${id}`)}
                    description={t(`acWizard.stepHints.${id}`)}
                    allowStepSelect={index <= reachable && index !== active}
                    aria-label={t('acWizard.stepLabel', { number: index + 1, name: t(`acWizard.steps.${id}`) })}
                    aria-current={index === active ? 'step' : undefined}
                  />
                ))}
              </Stepper>
            </Box>
            <Box p="xl" style={{ flex: 1, minWidth: 0 }}>
              <section aria-labelledby={`wizard-step-${step}`} data-testid={`step-${step}`}>
                <Title id={`wizard-step-${step}`} order={2} size="h3" mb="lg" tabIndex={-1} ref={headingRef}>
                  {t(`acWizard.headings.${step}`)}
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
