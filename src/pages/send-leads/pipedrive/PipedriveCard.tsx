import { IconChartFunnel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WizardCard, type WizardCardProps } from '../shared/WizardCard';
import { draftFromPipedriveDetail, newPipedriveDraft } from './draft';
import { pipedriveDrafts, usePipedriveWizard } from './store';

/** Pipedrive on the Send Leads page: its integrations, and the way into its wizard. */
export function PipedriveCard({ clientId, ...props }: WizardCardProps) {
  const { t } = useTranslation();
  const open = usePipedriveWizard((s) => s.open);
  return (
    <WizardCard
      drafts={pipedriveDrafts}
      icon={<IconChartFunnel size={24} />}
      color="green"
      texts={{
        name: t('sendLeads.cards.pipedrive.name'),
        description: t('sendLeads.cards.pipedrive.description'),
        empty: t('pipedriveWizard.card.empty'),
        listLabel: t('pipedriveWizard.card.listLabel'),
      }}
      onIntegrate={() => open(newPipedriveDraft(clientId))}
      onOpen={(detail) => open(draftFromPipedriveDetail(detail))}
      {...props}
    />
  );
}
