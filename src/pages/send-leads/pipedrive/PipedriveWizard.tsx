import { useTranslation } from 'react-i18next';
import { isConnected } from '../shared/crm-draft';
import { DraftWizard } from '../shared/DraftWizard';
import { ConnectStep } from './ConnectStep';
import { MappingStep } from './MappingStep';
import { ReviewStep } from './ReviewStep';
import { usePipedriveWizard } from './store';
import { useSavePipedrive } from './use-save-pipedrive';

/** The Pipedrive wizard: connect (browser sign-in or personal token), person fields and labels, filters, review and activation. */
export function PipedriveWizard() {
  const { t } = useTranslation();
  const saver = useSavePipedrive();
  return (
    <DraftWizard
      type="pipedrive"
      color="green"
      useStore={usePipedriveWizard}
      saver={saver}
      steps={[
        {
          id: 'connect',
          blocker: (draft) =>
            draft.name.trim() !== '' && isConnected(draft) ? null : t('pipedriveWizard.blocked.connect'),
          content: <ConnectStep />,
        },
        {
          id: 'mapping',
          blocker: (draft) =>
            draft.fields.every((row) => row.field !== null) ? null : t('pipedriveWizard.blocked.mapping'),
          content: <MappingStep />,
        },
      ]}
      review={ReviewStep}
      notice={(_mode, name) => t('pipedriveWizard.notify.savedDraft', { name })}
    />
  );
}
