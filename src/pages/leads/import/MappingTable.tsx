import { Alert, Badge, Center, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '#contract';
import { useTargetOptions } from './targets';

/** Same rules as the core's, on the mapping as the user has changed it (the preview's are for its guess). */
export function mappingWarnings(
  mapping: readonly string[],
): Array<'no_contact_column' | 'no_name_column' | 'duplicate_target'> {
  const targets = new Set(mapping);
  const out: Array<'no_contact_column' | 'no_name_column' | 'duplicate_target'> = [];
  if (!targets.has('email') && !targets.has('phone')) out.push('no_contact_column');
  if (!targets.has('fullName') && !targets.has('firstName')) out.push('no_name_column');
  const fixed = mapping.filter((m) => !m.includes('.') && m !== 'ignore');
  if (new Set(fixed).size !== fixed.length) out.push('duplicate_target');
  return out;
}

function samplesOf(preview: ImportPreview, index: number): string[] {
  const out: string[] = [];
  for (const row of preview.rows) {
    const value = row.cells[index]?.trim();
    if (value && !out.includes(value)) out.push(value);
    if (out.length === 3) break;
  }
  return out;
}

interface MappingTableProps {
  preview: ImportPreview;
  mapping: string[];
  onChange: (index: number, target: string) => void;
}

export function MappingWarnings({ mapping }: { mapping: string[] }) {
  const { t } = useTranslation();
  const warnings = mappingWarnings(mapping);
  if (warnings.length === 0) return null;
  return (
    <Stack gap="xs">
      {warnings.map((w) => (
        <Alert
          key={w}
          color={w === 'no_contact_column' ? 'red' : 'yellow'}
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          data-testid="mapping-warning"
        >
          {t(`leads.import.mapping.warnings.${w}`)}
        </Alert>
      ))}
    </Stack>
  );
}

/** One row per column of the file: its header, what it holds, and where it goes. */
export function MappingTable({ preview, mapping, onChange }: MappingTableProps) {
  const { t } = useTranslation();
  const { options } = useTargetOptions();
  return (
    <Table verticalSpacing="xs" layout="fixed" data-testid="mapping-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="22%">{t('leads.import.mapping.column')}</Table.Th>
          <Table.Th>{t('leads.import.mapping.sample')}</Table.Th>
          <Table.Th w={32} aria-hidden />
          <Table.Th w="36%">{t('leads.import.mapping.target')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {preview.headers.map((header, index) => {
          const target = mapping[index] ?? 'ignore';
          const samples = samplesOf(preview, index);
          const ignored = target === 'ignore';
          return (
            <Table.Tr key={index} data-testid="mapping-row" data-header={header} opacity={ignored ? 0.6 : 1}>
              <Table.Td>
                <Text size="sm" fw={600} truncate="end" title={header}>
                  {header || `#${index + 1}`}
                </Text>
              </Table.Td>
              <Table.Td>
                {samples.length === 0 ? (
                  <Text size="xs" c="dimmed" fs="italic">
                    {t('leads.import.mapping.empty')}
                  </Text>
                ) : (
                  <Group gap={4} wrap="nowrap" style={{ overflow: 'hidden' }}>
                    {samples.map((s) => (
                      <Badge
                        key={s}
                        variant="default"
                        radius="sm"
                        tt="none"
                        fw={400}
                        maw={180}
                        style={{ flexShrink: 1 }}
                      >
                        {s}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Table.Td>
              <Table.Td>
                <Center>
                  <IconArrowRight size={16} color="var(--mantine-color-dimmed)" aria-hidden />
                </Center>
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={t('leads.import.mapping.targetFor', { header })}
                  data={options(header, index, target)}
                  value={target}
                  onChange={(value) => value && onChange(index, value)}
                  allowDeselect={false}
                  searchable
                  size="sm"
                  comboboxProps={{ withinPortal: true }}
                  maxDropdownHeight={320}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
