import { useTranslation } from 'react-i18next';
import { DraftWizard } from '../shared/DraftWizard';
import { BodyStep } from './BodyStep';
import { EndpointStep } from './EndpointStep';
import { ReviewStep } from './ReviewStep';
import { SigningStep } from './SigningStep';
import { useWebhookWizard } from './store';
import { useSaveWebhook } from './use-save-webhook';
import { endpointComplete } from './validate';

function parses(json: string): boolean {
  try {
    JSON.parse(json);
    return true;
  } catch {
    return false;
  }
}

/** The webhook wizard: endpoint, body template, signing secret, filters, review and activation. */
export function WebhookWizard() {
  const { t } = useTranslation();
  const saver = useSaveWebhook();
  return (
    <DraftWizard
      type="webhook"
      color="grape"
      useStore={useWebhookWizard}
      saver={saver}
      steps={[
        {
          id: 'endpoint',
          blocker: (draft) => (endpointComplete(draft) ? null : t('webhookWizard.blocked.endpoint')),
          content: <EndpointStep />,
        },
        {
          id: 'body',
          blocker: (draft) => (parses(draft.bodyTemplate) ? null : t('webhookWizard.blocked.body')),
          content: <BodyStep />,
        },
        {
          id: 'signing',
          // The secret exists only once the webhook is saved, which this step does.
          blocker: (draft) => (draft.integrationId !== null ? null : t('webhookWizard.blocked.signing')),
          content: <SigningStep saver={saver} />,
        },
      ]}
      review={ReviewStep}
      notice={(mode, name) =>
        t(mode === 'draft' ? 'webhookWizard.notify.savedDraft' : 'webhookWizard.notify.saved', { name })
      }
    />
  );
}
