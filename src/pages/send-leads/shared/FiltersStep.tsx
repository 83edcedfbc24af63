import { Stack, Text } from '@mantine/core';
import type { DispatchFilter } from '#contract';
import { getApi } from '../../../api';
import { FilterEditor } from '../filters/FilterEditor';
import { useApiQuery } from '../use-api-query';
import { useRangeLabel, type ScoreRange } from '../../../i18n/range-label';
import { useWizardText, type WizardNamespace } from './wizard-text';

interface FiltersStepProps {
  /** Whose words: the intro is `<ns>.filters.intro`. */
  ns: WizardNamespace;
  clientId: string;
  filter: DispatchFilter;
  onChange: (filter: DispatchFilter) => void;
  /** The client's score ranges, for "score range is …" conditions. */
  ranges: ScoreRange[];
}

/** Every wizard's filters step: which of the client's qualified leads this integration gets. */
export function FiltersStep({ ns, clientId, filter, onChange, ranges }: FiltersStepProps) {
  const text = useWizardText(ns);
  const { label } = useRangeLabel();
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={720}>
        {text('filters.intro')}
      </Text>
      <FilterEditor
        clientId={clientId}
        value={filter}
        onChange={onChange}
        ranges={ranges.map((range) => ({ value: range.name, label: label(range) }))}
      />
    </Stack>
  );
}

/** The filters step for a wizard that has not loaded the score ranges elsewhere (ActiveCampaign has). */
export function FiltersStepLoadingRanges(props: Omit<FiltersStepProps, 'ranges'>) {
  const ranges = useApiQuery(props.clientId, () =>
    getApi().invoke('integrations:scoreRanges', { clientId: props.clientId }),
  );
  return <FiltersStep {...props} ranges={ranges.status === 'ok' ? ranges.value.ranges : []} />;
}
