import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Progress,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProfileDraft } from './draft-store';
import { useIssueText } from './issue-text';
import { useRangeLabel } from '../../i18n/range-label';
import { rangeColors } from './range-colors';
import { addRange, coverage, removeRange } from './ranges';
import type { IssueMap } from './validation';

type Ranges = ProfileDraft['ranges'];

const MAX_RANGES = 10;

function toNumber(value: string | number): number {
  return typeof value === 'number' ? value : Number.NaN;
}

function CoverageBar({ ranges }: { ranges: Ranges }) {
  const { t } = useTranslation();
  const { nameOf } = useRangeLabel();
  const colors = rangeColors(ranges);
  const segments = coverage(ranges);
  return (
    <Progress.Root
      size={22}
      radius="md"
      role="group"
      aria-label={t('scoring.ranges.coverage')}
      data-testid="ranges-coverage"
    >
      {segments.map((s) => (
        <Tooltip
          key={`${s.from}-${s.name ?? 'gap'}`}
          label={`${s.name === null ? '—' : nameOf(s.name)} · ${s.from}–${s.to}`}
        >
          <Progress.Section
            // Each section is announced as a progress bar: its name says which scores it covers.
            aria-label={`${s.name === null ? t('scoring.ranges.gap') : nameOf(s.name)} · ${s.from}–${s.to}`}
            value={s.to - s.from + 1}
            color={s.name === null ? 'red' : (colors.get(s.name) ?? 'gray')}
            striped={s.name === null}
          >
            <Progress.Label>{s.name === null ? '' : nameOf(s.name)}</Progress.Label>
          </Progress.Section>
        </Tooltip>
      ))}
    </Progress.Root>
  );
}

/** The named score ranges: each row's problems are shown on its own inputs. */
export function RangesEditor({
  ranges,
  issues,
  onChange,
}: {
  ranges: Ranges;
  issues: IssueMap;
  onChange: (ranges: Ranges) => void;
}) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const set = (index: number, patch: Partial<Ranges[number]>): void =>
    onChange(ranges.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const at = (index: number, field: string) => issues.get(`ranges.${index}.${field}`);
  const label = (index: number, field: string): string => t('scoring.ranges.fieldLabel', { number: index + 1, field });
  const listIssue = issueText(issues.get('ranges'), 'text');

  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h5">
        {t('scoring.ranges.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('scoring.ranges.description')}
      </Text>
      <Table verticalSpacing={6} horizontalSpacing={6} withRowBorders={false} data-testid="ranges-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('scoring.ranges.name')}</Table.Th>
            <Table.Th w={84}>{t('scoring.ranges.min')}</Table.Th>
            <Table.Th w={84}>{t('scoring.ranges.max')}</Table.Th>
            <Table.Th>{t('scoring.ranges.tag')}</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ranges.map((range, index) => (
            // Ranges have no ids; a row is its position while it is being edited.
            <Table.Tr key={index} aria-label={t('scoring.ranges.rowLabel', { number: index + 1 })}>
              <Table.Td valign="top">
                <TextInput
                  aria-label={label(index, t('scoring.ranges.name'))}
                  value={range.name}
                  onChange={(e) => set(index, { name: e.currentTarget.value })}
                  error={issueText(at(index, 'name'), 'text')}
                />
              </Table.Td>
              <Table.Td valign="top">
                <NumberInput
                  aria-label={label(index, t('scoring.ranges.min'))}
                  value={Number.isFinite(range.min) ? range.min : ''}
                  onChange={(v) => set(index, { min: toNumber(v) })}
                  allowDecimal={false}
                  allowNegative={false}
                  hideControls
                  error={issueText(at(index, 'min'), 'score')}
                />
              </Table.Td>
              <Table.Td valign="top">
                <NumberInput
                  aria-label={label(index, t('scoring.ranges.max'))}
                  value={Number.isFinite(range.max) ? range.max : ''}
                  onChange={(v) => set(index, { max: toNumber(v) })}
                  allowDecimal={false}
                  allowNegative={false}
                  hideControls
                  error={issueText(at(index, 'max'), 'score')}
                />
              </Table.Td>
              <Table.Td valign="top">
                <TextInput
                  aria-label={label(index, t('scoring.ranges.tag'))}
                  placeholder={t('scoring.ranges.tagPlaceholder')}
                  value={range.tag ?? ''}
                  onChange={(e) => set(index, { tag: e.currentTarget.value })}
                  error={issueText(at(index, 'tag'), 'text')}
                  spellCheck={false}
                />
              </Table.Td>
              <Table.Td valign="top">
                <Tooltip label={t('scoring.ranges.remove', { name: range.name })}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="lg"
                    aria-label={t('scoring.ranges.remove', { name: range.name || index + 1 })}
                    onClick={() => onChange(removeRange(ranges, index))}
                    disabled={ranges.length <= 1}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {listIssue && (
        <Text size="xs" c="red" mt={4}>
          {listIssue}
        </Text>
      )}
      <Group justify="space-between" mt="sm" gap="md" wrap="nowrap">
        <div style={{ flex: 1 }}>
          <CoverageBar ranges={ranges} />
        </div>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange(addRange(ranges, t('scoring.ranges.newName', { number: ranges.length + 1 })))}
          disabled={ranges.length >= MAX_RANGES}
        >
          {t('scoring.ranges.add')}
        </Button>
      </Group>
    </Paper>
  );
}
