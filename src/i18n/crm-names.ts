import { useTranslation } from 'react-i18next';
import type { IntegrationType } from '#contract';

/** `crm` in the middle of a sentence ("the receiving system", "o HubSpot"), `Crm` starting one. */
export type CrmNames = Record<'crm' | 'Crm', string>;

/**
 * The tool an integration sends to, named as sentences need it; without a type, "the CRM". Every
 * message about a CRM takes its name from here, so no screen speaks of one CRM for another.
 */
export function useCrmNames(type?: IntegrationType | null): CrmNames {
  const { t } = useTranslation();
  const key = type ?? 'generic';
  return { crm: t(`testLead.target.${key}`), Crm: t(`testLead.targetStart.${key}`) };
}
