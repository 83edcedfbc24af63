import { useTranslation } from 'react-i18next';
import { fieldKey, utmKey } from '#contract';
import type { LeadFieldLabel } from '../../../i18n/lead-fields/en';

export const FIXED_TARGETS = [
  'fullName',
  'firstName',
  'lastName',
  'email',
  'phone',
  'company',
  'cnpj',
  'jobTitle',
  'city',
  'state',
  'source',
] as const;
/** The fixed targets that are lead fields: all but the name's parts. */
type FieldTarget = Exclude<(typeof FIXED_TARGETS)[number], 'firstName' | 'lastName'>;
const isFieldTarget = (target: string): target is FieldTarget =>
  (FIXED_TARGETS as readonly string[]).includes(target) && target !== 'firstName' && target !== 'lastName';

/** A field target by its label: the whole name stands beside its parts, the state is typed as its code. */
function labelOf(target: FieldTarget): LeadFieldLabel {
  if (target === 'fullName') return 'wholeName';
  return target === 'state' ? 'stateCode' : target;
}

interface Option {
  value: string;
  label: string;
}

/** A key the core accepts after `utm.` / `custom.`, from a header that may be anything. */
function safeKey(key: string, index: number): string {
  return key === '' ? `coluna_${index + 1}` : key;
}

/**
 * What a column can go to: the lead fields, a custom field or UTM parameter named after its header
 * (the key scoring rules and integrations will see), or nowhere.
 */
export function useTargetOptions(): {
  label: (target: string) => string;
  options: (header: string, index: number, current: string) => Array<{ group: string; items: Option[] }>;
} {
  const { t } = useTranslation();
  const label = (target: string): string => {
    if (target === 'firstName' || target === 'lastName' || target === 'ignore') {
      return t(`leads.import.mapping.targets.${target}`);
    }
    if (isFieldTarget(target)) return t(`leadFields.${labelOf(target)}`);
    if (target.startsWith('utm.')) return t('leadFields.utmKey', { key: target.slice(4) });
    if (target.startsWith('custom.')) return t('leadFields.customKey', { key: target.slice(7) });
    return target;
  };
  const options = (header: string, index: number, current: string) => {
    const custom = `custom.${safeKey(fieldKey(header), index)}`;
    const utm = `utm.${safeKey(utmKey(header), index)}`;
    const others = [custom, utm];
    if ((current.startsWith('custom.') || current.startsWith('utm.')) && !others.includes(current))
      others.unshift(current);
    return [
      {
        group: t('leads.import.mapping.groups.fields'),
        items: FIXED_TARGETS.map((value) => ({ value, label: label(value) })),
      },
      {
        group: t('leads.import.mapping.groups.other'),
        items: [
          ...others.map((value) => ({ value, label: label(value) })),
          { value: 'ignore', label: label('ignore') },
        ],
      },
    ];
  };
  return { label, options };
}
