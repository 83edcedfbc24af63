import { useTranslation } from 'react-i18next';
import { fieldKey, utmKey } from '#contract';

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
type FixedTarget = (typeof FIXED_TARGETS)[number];
const isFixed = (target: string): target is FixedTarget => (FIXED_TARGETS as readonly string[]).includes(target);

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
    if (isFixed(target)) return t(`leads.import.mapping.targets.${target}`);
    if (target === 'ignore') return t('leads.import.mapping.targets.ignore');
    if (target.startsWith('utm.')) return t('leads.import.mapping.targets.utm', { key: target.slice(4) });
    if (target.startsWith('custom.')) return t('leads.import.mapping.targets.custom', { key: target.slice(7) });
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
