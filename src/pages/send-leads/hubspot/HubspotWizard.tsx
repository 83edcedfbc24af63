import { useTranslation } from 'react-i18next';
import { isConnected } from '../shared/crm-draft';
import { DraftWizard } from '../shared/DraftWizard';
import { ConnectStep } from './ConnectStep';
import { MappingStep } from './MappingStep';
import { ReviewStep } from './ReviewStep';
import { useHubspotWizard } from './store';
import { useSaveHubspot } from './use-save-hubspot';

/** The HubSpot wizard: connect (browser sign-in or token), properties, filters, review and activation. */
export function HubspotWizard() {
  const { t } = useTranslation();
  const saver = useSaveHubspot();
  return (
    <DraftWizard
      type="hubspot"
      color="orange"
      useStore={useHubspotWizard}
      saver={saver}
      steps={[
        {
          id: 'connect',
          blocker: (draft) =>
            draft.name.trim() !== '' && isConnected(draft) ? null : t('hubspotWizard.blocked.connect'),
          content: <ConnectStep />,
        },
        {
          id: 'mapping',
          blocker: (draft) =>
            draft.properties.every((row) => row.property !== null) ? null : t('hubspotWizard.blocked.mapping'),
          content: <MappingStep />,
        },
      ]}
      review={ReviewStep}
      notice={(_mode, name) => t('hubspotWizard.notify.savedDraft', { name })}
    />
  );
}
