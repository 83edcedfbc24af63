import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WizardCard, type WizardCardProps } from '../shared/WizardCard';
import { draftFromHubspotDetail, newHubspotDraft } from './draft';
import { hubspotDrafts, useHubspotWizard } from './store';

/** HubSpot on the Send Leads page: its integrations, and the way into its wizard. */
export function HubspotCard({ clientId, ...props }: WizardCardProps) {
  const { t } = useTranslation();
  const open = useHubspotWizard((s) => s.open);
  return (
    <WizardCard
      drafts={hubspotDrafts}
      icon={<IconUsersGroup size={24} />}
      color="orange"
      texts={{
        name: t('sendLeads.cards.hubspot.name'),
        description: t('sendLeads.cards.hubspot.description'),
        empty: t('hubspotWizard.card.empty'),
        listLabel: t('hubspotWizard.card.listLabel'),
      }}
      onIntegrate={() => open(newHubspotDraft(clientId))}
      onOpen={(detail) => open(draftFromHubspotDetail(detail))}
      {...props}
    />
  );
}
