import { IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WizardCard, type WizardCardProps } from '../shared/WizardCard';
import { draftFromActiveCampaignDetail, newActiveCampaignDraft } from './draft';
import { activeCampaignDrafts, useActiveCampaignWizard } from './store';

/** ActiveCampaign on the Send Leads page: its integrations, and the way into its wizard. */
export function ActiveCampaignCard({ clientId, ...props }: WizardCardProps) {
  const { t } = useTranslation();
  const open = useActiveCampaignWizard((s) => s.open);
  return (
    <WizardCard
      drafts={activeCampaignDrafts}
      icon={<IconMailForward size={24} />}
      texts={{
        name: t('sendLeads.cards.activecampaign.name'),
        description: t('sendLeads.cards.activecampaign.description'),
        empty: t('sendLeads.cards.activecampaign.empty'),
        listLabel: t('sendLeads.cards.activecampaign.listLabel'),
      }}
      onIntegrate={() => open(newActiveCampaignDraft(clientId))}
      onOpen={(detail) => open(draftFromActiveCampaignDetail(detail))}
      {...props}
    />
  );
}
