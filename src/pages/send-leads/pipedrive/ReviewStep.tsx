import { getApi } from '../../../api';
import { previewInputOf } from '../shared/crm-draft';
import { CrmReview } from '../shared/CrmReview';
import type { ReviewStepProps } from '../shared/DraftWizard';
import { useApiQuery } from '../use-api-query';
import { toPipedriveConfig } from './draft';
import { usePipedriveErrorText } from './error-text';
import { usePipedriveDraft } from './store';

export function ReviewStep({ saver, onSaved }: ReviewStepProps) {
  const errorText = usePipedriveErrorText();
  const draft = usePipedriveDraft();
  const input = previewInputOf(draft, toPipedriveConfig(draft));
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
