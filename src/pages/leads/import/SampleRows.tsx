import { Badge, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '#contract';
import { useIssueText } from '../issue-text';

const statusColor = { ok: 'teal', invalid: 'red', unreadable: 'red' } as const;

/** The first rows as the chosen columns read them, with what is wrong with each. */
export function SampleRows({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t('leads.import.sample.note')}
      </Text>
      <ScrollArea.Autosize mah={280} type="auto">
        <Table verticalSpacing={6} layout="fixed" striped data-testid="sample-rows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>{t('leads.import.sample.row')}</Table.Th>
              <Table.Th w={104}>{t('leads.import.sample.status')}</Table.Th>
              <Table.Th w="38%">{t('leadFields.fullName')}</Table.Th>
              <Table.Th>{t('leads.import.issues.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((row) => {
              const lead = row.lead ?? {};
              const who = [lead.fullName, lead.email ?? lead.phone].filter(Boolean).join(' · ');
              return (
                <Table.Tr key={row.row} data-testid="sample-row" data-status={row.status}>
                  <Table.Td>
                    <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {row.row}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={statusColor[row.status]}>
                      {t(`leads.import.sample.${row.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate="end" title={who}>
                      {who || row.cells.filter(Boolean).slice(0, 2).join(' · ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {row.issues.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    ) : (
                      <Stack gap={2}>
                        {row.issues.map((issue, i) => (
                          <Text key={i} size="xs" c={issue.severity === 'error' ? 'red' : 'orange'}>
                            {issueText(issue)}
                          </Text>
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
