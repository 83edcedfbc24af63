import { Box, Button, Container, Group, Paper, Stepper, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useClients } from '../../../stores/clients';
import { WizardNav } from '../wizard/WizardNav';

/** The words of one wizard's frame; each wizard keeps them in its own i18n namespace. */
export interface WizardFrameTexts<S extends string> {
  titleNew: string;
  /** The draft's name goes in; the title is fixed when the wizard opens (see `editing`). */
  titleEdit: string;
  subtitle: (clientName: string) => string;
  backToList: string;
  stepsLabel: string;
  stepName: (step: S) => string;
  stepHint: (step: S) => string;
  heading: (step: S) => string;
}

interface WizardFrameProps<S extends string> {
  /** The wizard's root test id, e.g. "hubspot-wizard". */
  testId: string;
  /** Ids of the step section and its heading; the wizards predate each other and the e2e models use both forms. */
  sectionTestId: (step: S) => string;
  headingId: (step: S) => string;
  steps: readonly S[];
  /** Stepper accent; the integration's colour, theme default when absent. */
  color?: string;
  /** True for an integration already saved: every step opens at once. */
  existing: boolean;
  texts: WizardFrameTexts<S>;
  /** Why "Next" is off on a step, already translated; null lets the user go on. */
  blocker: (step: S) => string | null;
  renderStep: (step: S, goTo: (step: S) => void) => ReactNode;
  /** Shown instead of the steps once the integration is activated. */
  done: ReactNode | null;
  onClose: () => void;
}

/** The frame every Send Leads wizard shares: header, vertical stepper, the current step and Back/Next. */
export function WizardFrame<S extends string>(props: WizardFrameProps<S>) {
  const { steps, texts, blocker } = props;
  const { t } = useTranslation();
  const clientName = useClients((s) => s.current?.name ?? '');
  // Fixed when the wizard opens: saving a new integration midway must not turn the title into "Edit".
  const [editing] = useState(props.existing);
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
    <Container size="lg" px={0} data-testid={props.testId}>
      <PageHeader
        title={editing ? texts.titleEdit : texts.titleNew}
        subtitle={texts.subtitle(clientName)}
        actions={
          <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={props.onClose}>
            {texts.backToList}
          </Button>
        }
      />
      <Paper withBorder style={{ overflow: 'hidden' }}>
        {props.done ? (
          <Box p="xl">{props.done}</Box>
        ) : (
          <Group align="stretch" gap={0} wrap="nowrap">
            <Box
              component="nav"
              aria-label={texts.stepsLabel}
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
                    label={texts.stepName(id)}
                    description={texts.stepHint(id)}
                    allowStepSelect={index <= reachable && index !== active}
                    aria-label={t('sendLeadsWizard.stepLabel', { number: index + 1, name: texts.stepName(id) })}
                    aria-current={index === active ? 'step' : undefined}
                  />
                ))}
              </Stepper>
            </Box>
            {step !== undefined && (
              <Box p="xl" style={{ flex: 1, minWidth: 0 }}>
                <section aria-labelledby={props.headingId(step)} data-testid={props.sectionTestId(step)}>
                  <Title id={props.headingId(step)} order={2} size="h3" mb="lg" tabIndex={-1} ref={headingRef}>
                    {texts.heading(step)}
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
