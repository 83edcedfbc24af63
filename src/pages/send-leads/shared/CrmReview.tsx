import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, IntegrationDetail, IntegrationStatus } from '#contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { Query } from '../use-api-query';
import { PreviewCalls, type PreviewRequest } from '../wizard/PreviewCalls';
import type { CrmNamespace } from './CrmConnect';
import { SaveButtons } from './SaveButtons';
import type { SaveMode, StagedSave } from './use-staged-save';
import { useWizardText } from './wizard-text';

/** What a CRM's preview call answers: the calls a sample lead would make, and whether lookups were real. */
export interface CrmPreview {
  live: boolean;
  requests: PreviewRequest[];
  error?: string | null;
}

interface CrmReviewProps {
  ns: CrmNamespace;
  /** e.g. "hubspot-preview"; the e2e page models read the calls in it. */
  previewTestId: string;
  color: string;
  preview: Query<CrmPreview>;
  /**
   * HubSpot notes only a live preview; Pipedrive always says what the preview is, or that lookups were real.
   */
  alwaysNote: boolean;
  status: IntegrationStatus | null;
  saver: StagedSave;
  onSaved: (mode: SaveMode, detail: IntegrationDetail) => void;
  errorText: (error: AppErrorPayload) => string;
}

function Preview({ ns, previewTestId, preview, alwaysNote, errorText }: CrmReviewProps) {
  const { t } = useTranslation();
  const text = useWizardText(ns);
  if (preview.status === 'error') {
    return <ErrorAlert error={preview.error} message={errorText(preview.error)} onRetry={preview.reload} />;
  }
  // The last answer stays on screen while an edit's new preview loads.
  const value = preview.status === 'ok' ? preview.value : preview.last;
  if (!value) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
      </Group>
    );
  }
  return (
    <Stack gap="sm" data-testid={previewTestId}>
      {(value.live || alwaysNote) && (
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
          <Text size="sm">{value.live ? t('sendLeadsWizard.crmReview.live') : text('review.intro')}</Text>
        </Alert>
      )}
      <PreviewCalls requests={value.requests} label={text('review.callsLabel')} />
      {value.error && (
        <Alert color="yellow" variant="light">
          <Text size="sm">{value.error}</Text>
        </Alert>
      )}
    </Stack>
  );
}

/** A CRM's review step: the calls a sample lead would make now, then save or activate. */
export function CrmReview(props: CrmReviewProps) {
  const { t } = useTranslation();
  const text = useWizardText(props.ns);
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={720}>
        {text('review.intro')}
      </Text>
      <Text size="sm" c="dimmed" maw={720} data-testid="review-test-lead">
        {text('review.testLead')}
      </Text>
      <Preview {...props} />
      <SaveButtons
        status={props.status}
        saver={props.saver}
        onSaved={props.onSaved}
        color={props.color}
        failure={{
          title: (stage) => t(`sendLeadsWizard.crmReview.failed.${stage}`),
          errorText: props.errorText,
        }}
      />
    </Stack>
  );
}
