import { Alert, Loader, Stack, Switch, Table, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIntegrationErrorText } from '../../../i18n/integration-errors';
import { namedClearButton, namedPills } from '../shared/named-pills';
import { useRangeLabel } from '../../../i18n/range-label';
import { TagNameWarnings } from './TagNameWarnings';
import type { WizardLookups } from './use-wizard-lookups';
import { useActiveCampaignDraft, useActiveCampaignPatch } from './store';

function ScoreTagsTable({ lookups }: { lookups: WizardLookups }) {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText('activecampaign');
  const { name, label } = useRangeLabel();
  const draft = useActiveCampaignDraft();
  const patch = useActiveCampaignPatch();
  const { ranges } = lookups;

  if (ranges.status === 'error') {
    // The only conflict this channel reports is a client without an active scoring profile.
    const message = ranges.error.code === 'conflict' ? t('integrationErrors.noScoringProfile') : text(ranges.error);
    return <ErrorAlert error={ranges.error} message={message} />;
  }
  if (ranges.status !== 'ok') return <Loader size="sm" />;
  // Until the user edits a row, the tags are the core's defaults for the client's ranges.
  const effective = draft.scoreTags ?? Object.fromEntries(ranges.value.ranges.map((r) => [r.name, r.defaultTag]));

  return (
    <Table withTableBorder verticalSpacing="xs" maw={640} aria-label={t('activecampaignWizard.tags.scoreTable')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="45%">{t('activecampaignWizard.tags.rangeColumn')}</Table.Th>
          <Table.Th>{t('activecampaignWizard.tags.tagColumn')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ranges.value.ranges.map((range) => (
          <Table.Tr key={range.name}>
            <Table.Td>
              <Text size="sm">{label(range)}</Text>
            </Table.Td>
            <Table.Td>
              <TextInput
                aria-label={t('activecampaignWizard.tags.rangeTagLabel', { range: name(range) })}
                placeholder={t('activecampaignWizard.tags.noTag')}
                value={effective[range.name] ?? ''}
                onChange={(event) => patch({ scoreTags: { ...effective, [range.name]: event.currentTarget.value } })}
                disabled={!draft.scoreTagsEnabled}
                size="sm"
                autoComplete="off"
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function TagsStep({ lookups }: { lookups: WizardLookups }) {
  const { t } = useTranslation();
  const draft = useActiveCampaignDraft();
  const patch = useActiveCampaignPatch();
  const scoreTags = draft.scoreTagsEnabled ? Object.values(draft.scoreTags ?? {}) : [];
  // The tip names a tag the user actually has, never the guide's example once it is gone.
  const firstTag = draft.fixedTags.find((tag) => tag.trim() !== '');

  function replace(from: string, to: string): void {
    const swap = (tag: string): string => (tag === from ? to : tag);
    patch({
      fixedTags: [...new Set(draft.fixedTags.map(swap))],
      scoreTags:
        draft.scoreTags === null
          ? null
          : Object.fromEntries(Object.entries(draft.scoreTags).map(([range, tag]) => [range, swap(tag)])),
    });
  }

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={720}>
        {t('activecampaignWizard.tags.intro')}
      </Text>
      <Stack gap="xs" maw={720}>
        <TagsInput
          label={t('activecampaignWizard.tags.fixedLabel')}
          description={t('activecampaignWizard.tags.fixedHint')}
          // The guide's examples show only while the field is empty; they are not added for the user.
          placeholder={
            draft.fixedTags.length === 0
              ? t('activecampaignWizard.tags.fixedExamples')
              : t('activecampaignWizard.tags.fixedPlaceholder')
          }
          value={draft.fixedTags}
          onChange={(fixedTags) => patch({ fixedTags })}
          splitChars={[',']}
          acceptValueOnBlur
          clearable
          renderPill={namedPills((name) => t('activecampaignWizard.tags.removeTag', { name }))}
          clearButtonProps={namedClearButton(t('activecampaignWizard.tags.removeAll'))}
        />
        <TagNameWarnings names={[...draft.fixedTags, ...scoreTags]} onReplace={replace} />
        <Alert variant="light" color="blue" icon={<IconBulb size={20} />} p="sm">
          <Text size="sm">
            {firstTag !== undefined
              ? t('activecampaignWizard.tags.tip', { tag: firstTag })
              : t('activecampaignWizard.tags.tipNoTag')}
          </Text>
        </Alert>
      </Stack>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('activecampaignWizard.tags.scoreHeading')}
        </Title>
        <Switch
          label={t('activecampaignWizard.tags.scoreToggle')}
          description={t('activecampaignWizard.tags.scoreHint')}
          checked={draft.scoreTagsEnabled}
          onChange={(event) => patch({ scoreTagsEnabled: event.currentTarget.checked })}
        />
        <ScoreTagsTable lookups={lookups} />
      </Stack>
    </Stack>
  );
}
