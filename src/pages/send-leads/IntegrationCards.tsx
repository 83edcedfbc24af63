import { IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IntegrationSummary } from '#contract';
import type { IntegrationItemActions } from './IntegrationItem';
import { IntegrationCardFrame } from './shared/IntegrationCardFrame';
import type { LifecycleAction } from './use-integration-actions';

interface ActiveCampaignCardProps extends IntegrationItemActions {
  items: IntegrationSummary[];
  loaded: boolean;
  busy: { id: string; action: LifecycleAction } | null;
  editingId: string | null;
  onIntegrate: () => void;
}

/** ActiveCampaign on the Send Leads page; the page loads its integrations for editing and shows what failed. */
export function ActiveCampaignCard(props: ActiveCampaignCardProps) {
  const { t } = useTranslation();
  return (
    <IntegrationCardFrame
      type="activecampaign"
      icon={<IconMailForward size={24} />}
      texts={{
        name: t('sendLeads.cards.activecampaign.name'),
        description: t('sendLeads.cards.activecampaign.description'),
        empty: t('sendLeads.cards.activecampaign.empty'),
        listLabel: t('sendLeads.cards.activecampaign.listLabel'),
      }}
      {...props}
    />
  );
}
