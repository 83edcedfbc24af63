import type { ComponentType, ReactNode } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { DispatchFilter, IntegrationDetail, IntegrationType } from '#contract';
import type { ScoreRange } from '../../../i18n/range-label';
import { filterIsComplete } from '../filters/conditions';
import type { DraftStore } from './draft-store';
import { FiltersStep, FiltersStepLoadingRanges } from './FiltersStep';
import { useSaveOutcome } from './use-save-outcome';
import type { SaveMode, StagedSave } from './use-staged-save';
import { wizardIds, WizardFrame } from './WizardFrame';
import { useWizardText, wizardNamespace } from './wizard-text';

/** What every such draft has: the frame's title, the filters step and the save flow read these. */
interface WizardDraft {
  clientId: string;
  name: string;
  integrationId: string | null;
  filter: DispatchFilter;
}

/** One of the steps an integration has before the filters and review every wizard ends with. */
export interface OwnStep<S extends string, D> {
  id: S;
  /** Why "Next" is off on this step, already translated; null lets the user go on. */
  blocker: (draft: D) => string | null;
  content: ReactNode;
}

/**
 * What the wizard hands its review step: the save flow, what to do once a save went through, and a way
 * back to another step (ActiveCampaign's save errors offer the step at fault; `S` is never for the others).
 */
export interface ReviewStepProps<S extends string = never> {
  saver: StagedSave;
  onSaved: (mode: SaveMode, detail: IntegrationDetail) => void;
  onGoTo: (step: S) => void;
}

interface DraftWizardProps<S extends string, D extends WizardDraft> {
  /** Names the ids (`<type>-wizard`, `<type>-step-…`) and the words (`<type>Wizard.…`). */
  type: IntegrationType;
  /** Stepper and button accent: the integration's colour; the theme's when absent. */
  color?: string;
  /** The integration's draft store (a module-level hook, the same on every render). */
  useStore: UseBoundStore<StoreApi<DraftStore<D>>>;
  saver: StagedSave;
  steps: readonly OwnStep<S, D>[];
  /** The client's score ranges, when the wizard loads them for its own steps too; else the filters step does. */
  ranges?: ScoreRange[];
  review: ComponentType<ReviewStepProps<StepId<S>>>;
  /** The notification after a save that does not activate. */
  notice: (mode: Exclude<SaveMode, 'activate'>, name: string) => string;
}

type StepId<S extends string> = S | 'filters' | 'review';

/**
 * A Send Leads wizard opened from an integration's card: its own steps, then the client's filters and the
 * review with the save buttons, which are the same for every integration. Renders nothing while closed.
 */
export function DraftWizard<S extends string, D extends WizardDraft>(props: DraftWizardProps<S, D>) {
  const { type, useStore, saver, steps, review: Review } = props;
  const ns = wizardNamespace(type);
  const text = useWizardText(ns);
  const draft = useStore((s) => s.draft);
  const close = useStore((s) => s.close);
  const patch = useStore((s) => s.patch);
  const { activated, saved } = useSaveOutcome(close, props.notice);
  if (!draft) return null;

  const ids: StepId<S>[] = [...steps.map((step) => step.id), 'filters', 'review'];
  const blocker = (id: StepId<S>): string | null => {
    if (id === 'filters') return filterIsComplete(draft.filter) ? null : text('blocked.filters');
    return steps.find((step) => step.id === id)?.blocker(draft) ?? null;
  };
  const renderStep = (id: StepId<S>, goTo: (step: StepId<S>) => void): ReactNode => {
    if (id === 'review') return <Review saver={saver} onSaved={saved} onGoTo={goTo} />;
    if (id !== 'filters') return steps.find((step) => step.id === id)?.content;
    // Every draft has a filter; the store's patch is typed by the whole draft only.
    const onChange = (filter: DispatchFilter) => patch({ filter } as Partial<D>);
    const filters = { ns, clientId: draft.clientId, filter: draft.filter, onChange };
    return props.ranges ? (
      <FiltersStep {...filters} ranges={props.ranges} />
    ) : (
      <FiltersStepLoadingRanges {...filters} />
    );
  };

  return (
    <WizardFrame
      ns={ns}
      ids={wizardIds(type)}
      steps={ids}
      color={props.color}
      draft={draft}
      blocker={blocker}
      renderStep={renderStep}
      activated={activated}
      onClose={close}
    />
  );
}
