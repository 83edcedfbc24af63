import { useTranslation } from 'react-i18next';
import type { IntegrationType, TroubleshootingHint } from '#contract';
import { useCrmNames } from '../../i18n/crm-names';

/**
 * The troubleshooting advice for a dispatch of one integration, naming its own tool: refused
 * credentials get the advice of that tool's connection step, the others name it where they speak of it.
 */
export function useHintText(type: IntegrationType | null): (hint: TroubleshootingHint) => string {
  const { t } = useTranslation();
  const names = useCrmNames(type);
  return (hint) =>
    hint === 'auth' && type !== null ? t(`testLead.authByType.${type}`) : t(`logs.hints.${hint}`, names);
}
