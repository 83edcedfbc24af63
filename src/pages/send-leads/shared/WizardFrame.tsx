import { Box, Button, Container, Group, Paper, Stepper, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DispatchFilter, IntegrationDetail, IntegrationType } from '#contract';
import { PageHeader } from '../../../components/PageHeader';
import { useClients } from '../../../stores/clients';
import { usePrefetchedCount } from '../filters/count-cache';
import { WizardNav } from './WizardNav';
import { DoneStep } from './DoneStep';
import { useWizardText, type WizardNamespace } from './wizard-text';

/** Test ids and element ids of one wizard; the wizards predate each other and the e2e models use both forms. */
export interface WizardIds<S extends string> {
  /** The wizard's root, e.g. "hubspot-wizard". */
  root: string;
  section: (step: S) => string;
  heading: (step: S) => string;
  /** The screen after activation, e.g. "hubspot-done". */
  done: string;
}

/** A wizard's ids: they start with the integration type, but for ActiveCampaign's, the oldest, which has none. */
export function wizardIds<S extends string>(type: IntegrationType): WizardIds<S> {
  if (type === 'activecampaign') {
    return {
      root: 'ac-wizard',
      section: (step) => `step-${step}`,
      heading: (step) => `wizard-step-${step}`,
      done: 'wizard-done',
    };
  }
  const step = (id: S) => `${type}-step-${id}`;
  return { root: `${type}-wizard`, section: step, heading: step, done: `${type}-done` };
}

interface WizardFrameProps<S extends string> {
  /** Whose words: titles, step names, hints and headings live under this namespace. */
  ns: WizardNamespace;
  ids: WizardIds<S>;
  steps: readonly S[];
  /** Stepper accent; the integration's colour, theme default when absent. */
  color?: string;
  /**
   * The draft's name for the title, whether it is already saved (then every step opens at once), and
   * its client and filter, counted as the wizard opens so the filters step has its count at once.
   */
  draft: { name: string; integrationId: string | null; clientId: string; filter: DispatchFilter };
  /** Why "Next" is off on a step, already translated; null lets the user go on. */
  blocker: (step: S) => string | null;
  renderStep: (step: S, goTo: (step: S) => void) => ReactNode;
  /** Once set, the done screen replaces the steps. */
  activated: IntegrationDetail | null;
  onClose: () => void;
}

/** The frame every Send Leads wizard shares: header, vertical stepper, the current step and Back/Next. */
export function WizardFrame<S extends string>(props: WizardFrameProps<S>) {
  const { steps, ids, blocker } = props;
  const { t } = useTranslation();
  const text = useWizardText(props.ns);
  const clientName = useClients((s) => s.current?.name ?? '');
  usePrefetchedCount(props.draft.clientId, props.draft.filter);
  // Fixed when the wizard opens: saving a new integration midway must not turn the title into "Edit".
  const [editing] = useState(props.draft.integrationId !== null);
  const [active, setActive] = useState(0);
  // Editing opens every step at once; a new integration unlocks them as the user goes.
  const [reached, setReached] = useState(editing ? steps.length - 1 : 0);
  const step = steps[active] ?? steps[steps.length - 1];
  const last = active === steps.length - 1;
  const blockedBy = step === undefined ? null : blocker(step);
  // Steps after a blocked one cannot be jumped to either.
  const firstBlocked = steps.findIndex((id) => blocker(id) !== null);
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

  return (
    <Container size="lg" px={0} data-testid={ids.root}>
      <PageHeader
        // Once saved (here or before), the integration has a name of its own: the title uses it.
        title={
          props.draft.integrationId !== null
            ? t('sendLeadsWizard.titleEdit', { name: props.draft.name })
            : text('titleNew')
        }
        subtitle={text('subtitle', { name: clientName })}
        actions={
          <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={props.onClose}>
            {text('backToList')}
          </Button>
        }
      />
      <Paper withBorder style={{ overflow: 'hidden' }}>
        {props.activated ? (
          <Box p="xl">
            <DoneStep ns={props.ns} testId={ids.done} detail={props.activated} onClose={props.onClose} />
          </Box>
        ) : (
          <Group align="stretch" gap={0} wrap="nowrap">
            <Box
              component="nav"
              aria-label={text('stepsLabel')}
              w={240}
              p="lg"
              bg="var(--mantine-color-default-hover)"
              style={{ borderRight: '1px solid var(--mantine-color-default-border)', flexShrink: 0 }}
            >
              <Stepper
                active={active}
                color={props.color}
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
                    label={text(`steps.${id}`)}
                    description={text(`stepHints.${id}`)}
                    allowStepSelect={index <= reachable && index !== active}
                    aria-label={t('sendLeadsWizard.stepLabel', { number: index + 1, name: text(`steps.${id}`) })}
                    aria-current={index === active ? 'step' : undefined}
                  />
                ))}
              </Stepper>
            </Box>
            {step !== undefined && (
              <Box p="xl" style={{ flex: 1, minWidth: 0 }}>
                <section aria-labelledby={ids.heading(step)} data-testid={ids.section(step)}>
                  <Title id={ids.heading(step)} order={2} size="h3" mb="lg" tabIndex={-1} ref={headingRef}>
                    {text(`headings.${step}`)}
                  </Title>
                  {props.renderStep(step, (id) => goTo(steps.indexOf(id)))}
                </section>
                <WizardNav
                  onBack={active > 0 ? () => goTo(active - 1) : undefined}
                  onNext={last ? undefined : () => goTo(active + 1)}
                  blockedBy={blockedBy}
                />
              </Box>
            )}
          </Group>
        )}
      </Paper>
    </Container>
  );
}
