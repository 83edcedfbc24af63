import type { IntegrationDetail } from '../../../../electron/contract';
import { getApi } from '../../../api';
import { CrmReview } from '../shared/CrmReview';
import type { SaveMode, StagedSave } from '../shared/use-staged-save';
import { useApiQuery } from '../use-api-query';
import { credentialOf, toPipedriveConfig } from './draft';
import { usePipedriveErrorText } from './error-text';
import { usePipedriveDraft } from './store';

interface ReviewStepProps {
  saver: StagedSave;
  onSaved: (mode: SaveMode, detail: IntegrationDetail) => void;
}

export function ReviewStep({ saver, onSaved }: ReviewStepProps) {
  const errorText = usePipedriveErrorText();
  const draft = usePipedriveDraft();
  const input = {
    config: toPipedriveConfig(draft),
    ...(draft.integrationId !== null ? { integrationId: draft.integrationId } : {}),
    ...credentialOf(draft),
  };
  const preview = useApiQuery(JSON.stringify(input), () => getApi().invoke('pipedrive:preview', input), 300);
  return (
    <CrmReview
      ns="pipedriveWizard"
      previewTestId="pipedrive-preview"
      color="green"
      preview={preview}
      alwaysNote
      status={draft.status}
      saver={saver}
      onSaved={onSaved}
      errorText={errorText}
    />
  );
}
