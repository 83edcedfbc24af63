import { useTranslation } from 'react-i18next';
import { leadFieldsEn, type LeadFieldLabel } from './en';

function isLabel(value: string): value is LeadFieldLabel {
  return Object.hasOwn(leadFieldsEn.leadFields, value) && value !== 'utmKey' && value !== 'customKey';
}

/**
 * A lead value a mapping reads (`LeadFieldSource`), named as the lead field it is: `jobTitle` is "Job title",
 * `utm.campaign` "UTM campaign", `custom.segment` "Custom field “segment”"; anything else as it is.
 */
export function useLeadValueLabel(): (source: string) => string {
  const { t } = useTranslation();
  return (source) => {
    const dot = source.indexOf('.');
    const head = dot < 0 ? source : source.slice(0, dot);
    const key = source.slice(dot + 1);
    if (dot > 0 && head === 'utm') return t('leadFields.utmKey', { key });
    if (dot > 0 && head === 'custom') return t('leadFields.customKey', { key });
    return isLabel(source) ? t(`leadFields.${source}`) : source;
  };
}
