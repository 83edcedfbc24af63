import { IconWebhook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WizardCard, type WizardCardProps } from '../shared/WizardCard';
import { draftFromWebhookDetail, newWebhookDraft } from './draft';
import { webhookDrafts, useWebhookWizard } from './store';

/** The outbound webhook on the Send Leads page: its integrations, and the way into its wizard. */
export function WebhookCard({ clientId, ...props }: WizardCardProps) {
  const { t } = useTranslation();
  const open = useWebhookWizard((s) => s.open);
  return (
    <WizardCard
      drafts={webhookDrafts}
      icon={<IconWebhook size={24} />}
      color="grape"
      texts={{
        name: t('sendLeads.cards.webhook.name'),
        description: t('sendLeads.cards.webhook.description'),
        empty: t('webhookWizard.card.empty'),
        listLabel: t('webhookWizard.card.listLabel'),
      }}
      onIntegrate={() => open(newWebhookDraft(clientId))}
      onOpen={(detail) => open(draftFromWebhookDetail(detail))}
      {...props}
    />
  );
}
