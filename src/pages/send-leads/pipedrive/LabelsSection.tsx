import { Button, Checkbox, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, OutputOf, PipedriveLabelView } from '#contract';
import { getApi } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { connectionOf } from '../shared/crm-draft';
import { matchByName } from '../shared/field-match';
import { namedClearButton } from '../shared/named-pills';
import { useApiQuery } from '../use-api-query';
import { useRangeLabel } from '../../../i18n/range-label';
import { usePipedriveErrorText } from './error-text';
import { usePipedriveDraft, usePipedrivePatch, usePipedriveWizard } from './store';

type ScoreRangeView = OutputOf<'integrations:scoreRanges'>['ranges'][number];

/** A new integration's ranges take the account's labels named like their tags ("high-score"), once. */
function useSuggestedLabels(labels: readonly PipedriveLabelView[] | null, ranges: readonly ScoreRangeView[] | null) {
  useEffect(() => {
    const { draft, patch } = usePipedriveWizard.getState();
    if (labels === null || ranges === null || !draft || draft.labelsSuggested) return;
    const next = { ...draft.labels };
    for (const range of ranges) {
      if (next[range.name] !== undefined) continue;
      const taken = new Set(Object.values(next).map((l) => l.id));
      const hit = matchByName(
        null,
        labels.filter((l) => !taken.has(l.id)),
        (l) => [l.name],
        [range.defaultTag],
      );
      if (hit) next[range.name] = { id: hit.id, name: hit.name };
    }
    patch({ labels: next, labelsSuggested: true }, 'auto');
  }, [labels, ranges]);
}

/** Score range → lead label, as ActiveCampaign's score tags: one label per range, or none. */
export function LabelsSection() {
  const { t } = useTranslation();
  const draft = usePipedriveDraft();
  const patch = usePipedrivePatch();
  const errorText = usePipedriveErrorText();
  const { label: rangeLabel } = useRangeLabel();
  const connection = connectionOf(draft);
  const labels = useApiQuery(JSON.stringify(connection), () => getApi().invoke('pipedrive:leadLabels', connection));
  const ranges = useApiQuery(draft.clientId, () =>
    getApi().invoke('integrations:scoreRanges', { clientId: draft.clientId }),
  );
  const [creating, setCreating] = useState<string | null>(null);
  const [createError, setCreateError] = useState<AppErrorPayload | null>(null);
  useSuggestedLabels(labels.status === 'ok' ? labels.value : null, ranges.status === 'ok' ? ranges.value.ranges : null);
  const list: PipedriveLabelView[] = labels.status === 'ok' ? labels.value : (labels.last ?? []);
  const options = list.map((l) => ({ value: l.id, label: l.name }));

  function pick(range: string, id: string | null): void {
    const next = { ...draft.labels };
    const found = list.find((l) => l.id === id);
    if (found) next[range] = { id: found.id, name: found.name };
    else delete next[range];
    patch({ labels: next });
  }

  async function create(range: string, name: string): Promise<void> {
    setCreating(range);
    setCreateError(null);
    const result = await getApi().invoke('pipedrive:createLabel', { ...connection, name });
    setCreating(null);
    if (!result.ok) {
      setCreateError(result.error);
      return;
    }
    const { id, name: created } = result.value.label;
    // Read the draft afresh: another range may have been picked while this one was being created.
    const current = usePipedriveWizard.getState().draft?.labels ?? draft.labels;
    patch({ labels: { ...current, [range]: { id, name: created } } });
    labels.reload();
  }

  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('pipedriveWizard.labels.title')}
      </Title>
      <Checkbox
        label={t('pipedriveWizard.labels.enabled')}
        description={t('pipedriveWizard.labels.hint')}
        checked={draft.labelsEnabled}
        onChange={(e) => patch({ labelsEnabled: e.currentTarget.checked })}
      />
      {labels.status === 'error' && (
        <ErrorAlert error={labels.error} message={errorText(labels.error)} onRetry={labels.reload} />
      )}
      {ranges.status === 'error' && <ErrorAlert error={ranges.error} message={errorText(ranges.error)} />}
      {draft.labelsEnabled &&
        ranges.status === 'ok' &&
        ranges.value.ranges.map((range) => {
          const chosen = draft.labels[range.name];
          return (
            <Group key={range.name} gap="sm" align="flex-end" wrap="nowrap" data-testid="label-row">
              <Text size="sm" w={180} pb={8} style={{ flexShrink: 0 }}>
                {rangeLabel(range)}
              </Text>
              <Select
                label={t('pipedriveWizard.labels.label')}
                placeholder={t('pipedriveWizard.labels.none')}
                data={
                  chosen && !options.some((o) => o.value === chosen.id)
                    ? [...options, { value: chosen.id, label: chosen.name }]
                    : options
                }
                value={chosen?.id ?? null}
                onChange={(value) => pick(range.name, value)}
                clearable
                clearButtonProps={namedClearButton(
                  t('sendLeadsWizard.clear', { name: `${t('pipedriveWizard.labels.label')}: ${rangeLabel(range)}` }),
                )}
                w={230}
                style={{ flexShrink: 0 }}
                aria-label={`${t('pipedriveWizard.labels.label')}: ${rangeLabel(range)}`}
              />
              {!chosen && (
                <Button
                  variant="light"
                  color="green"
                  leftSection={<IconSparkles size={16} />}
                  loading={creating === range.name}
                  style={{ flexShrink: 0 }}
                  onClick={() => void create(range.name, range.defaultTag)}
                >
                  {t('pipedriveWizard.labels.create', { name: range.defaultTag })}
                </Button>
              )}
            </Group>
          );
        })}
      {createError && (
        <ErrorAlert error={createError} message={errorText(createError)} onClose={() => setCreateError(null)} />
      )}
    </Stack>
  );
}
