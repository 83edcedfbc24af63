import { useTranslation } from 'react-i18next';
import type { IntegrationType } from '#contract';

/** The i18n namespaces of the Send Leads wizards, one per integration type; they share the shape the shared parts read. */
export type WizardNamespace = `${IntegrationType}Wizard`;

export function wizardNamespace<T extends IntegrationType>(type: T): `${T}Wizard` {
  return `${type}Wizard`;
}

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
