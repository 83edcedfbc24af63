import { useTranslation } from 'react-i18next';
import type { en } from '../../../i18n/en';
import type { WizardFrameTexts } from './WizardFrame';

/** The i18n namespaces of the Send Leads wizards; they share the shape the shared parts read. */
export type WizardNamespace = 'acWizard' | 'hubspotWizard' | 'pipedriveWizard' | 'webhookWizard';

/** The step ids a wizard's namespace has words for. */
export type WizardStepOf<N extends WizardNamespace> = keyof (typeof en)[N]['steps'] & string;

type TextOptions = Record<string, string | number>;

/**
 * Translates a key below one wizard's namespace. i18next's typed keys cannot follow a namespace chosen at
 * run time, so the check is moved here: callers only pass paths every wizard namespace has (see en-*.ts).
 */
export function useWizardText(ns: WizardNamespace): (path: string, options?: TextOptions) => string {
  const { t } = useTranslation();
  const loose = t as unknown as (key: string, options?: TextOptions) => string;
  return (path, options) => loose(`${ns}.${path}`, options);
}

/** The frame's words for one wizard, read from its namespace. */
export function useWizardFrameTexts<N extends WizardNamespace>(
  ns: N,
  draftName: string,
): WizardFrameTexts<WizardStepOf<N>> {
  const { t } = useTranslation();
  const text = useWizardText(ns);
  return {
    titleNew: text('titleNew'),
    titleEdit: t('sendLeadsWizard.titleEdit', { name: draftName }),
    subtitle: (clientName) => text('subtitle', { name: clientName }),
    backToList: text('backToList'),
    stepsLabel: text('stepsLabel'),
    stepName: (step) => text(`steps.${step}`),
    stepHint: (step) => text(`stepHints.${step}`),
    heading: (step) => text(`headings.${step}`),
  };
}
