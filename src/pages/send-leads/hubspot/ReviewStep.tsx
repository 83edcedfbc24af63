import type { IntegrationDetail } from '../../../../electron/contract';
import { getApi } from '../../../api';
import { CrmReview } from '../shared/CrmReview';
import type { SaveMode, StagedSave } from '../shared/use-staged-save';
import { useApiQuery } from '../use-api-query';
import { toHubspotConfig } from './draft';
import { useHubspotErrorText } from './error-text';
import { useHubspotDraft } from './store';

interface ReviewStepProps {
  saver: StagedSave;
  onSaved: (mode: SaveMode, detail: IntegrationDetail) => void;
}

export function ReviewStep({ saver, onSaved }: ReviewStepProps) {
  const errorText = useHubspotErrorText();
  const draft = useHubspotDraft();
  const input = {
    config: toHubspotConfig(draft),
    ...(draft.integrationId !== null ? { integrationId: draft.integrationId } : {}),
    ...(draft.auth === 'token' && draft.token.trim() !== '' ? { token: draft.token } : {}),
    ...(draft.auth === 'oauth' && draft.connectionId !== null ? { connectionId: draft.connectionId } : {}),
  };
  const preview = useApiQuery(JSON.stringify(input), () => getApi().invoke('hubspot:preview', input), 300);
  return (
    <CrmReview
      ns="hubspotWizard"
      previewTestId="hubspot-preview"
      color="orange"
      preview={preview}
      alwaysNote={false}
      status={draft.status}
      saver={saver}
      onSaved={onSaved}
      errorText={errorText}
    />
  );
}
