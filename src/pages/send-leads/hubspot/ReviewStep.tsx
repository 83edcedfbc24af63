import { getApi } from '../../../api';
import { previewInputOf } from '../shared/crm-draft';
import { CrmReview } from '../shared/CrmReview';
import type { ReviewStepProps } from '../shared/DraftWizard';
import { useApiQuery } from '../use-api-query';
import { toHubspotConfig } from './draft';
import { useHubspotErrorText } from './error-text';
import { useHubspotDraft } from './store';

export function ReviewStep({ saver, onSaved }: ReviewStepProps) {
  const errorText = useHubspotErrorText();
  const draft = useHubspotDraft();
  const input = previewInputOf(draft, toHubspotConfig(draft));
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
