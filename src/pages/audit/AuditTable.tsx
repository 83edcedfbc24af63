import { Badge, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { auditSubjectOf, describeChange, describeHeadline, type AuditEntry, type AuditSubject } from '#contract';
import { useDateTimeFormats } from '../../i18n/format';
import { useAuditWords } from './vocabulary';

const SUBJECT_COLOR: Record<AuditSubject, string> = {
  client: 'gray',
  integration: 'blue',
  scoring: 'grape',
  leadSettings: 'teal',
  copy: 'orange',
  template: 'orange',
};

/** Deletions, pauses and replaced keys stand out from the everyday edits. */
function kindColor(entry: AuditEntry): string {
  if (entry.kind.endsWith('.deleted') || entry.kind === 'client.archived') return 'red';
  if (entry.kind === 'integration.paused' || entry.kind === 'integration.keyReplaced') return 'yellow';
  return SUBJECT_COLOR[auditSubjectOf(entry.kind)];
}

export function AuditTable({ rows, clientName }: { rows: AuditEntry[]; clientName: string }) {
  const { t } = useTranslation();
  const formats = useDateTimeFormats();
  const { vocabulary, kindNames } = useAuditWords();
  return (
    <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('audit.tableLabel', { client: clientName })}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={190}>{t('audit.columns.when')}</Table.Th>
          <Table.Th w={200}>{t('audit.columns.change')}</Table.Th>
          <Table.Th>{t('audit.columns.summary')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((entry) => {
          const changes = entry.details.changes.map((c) => describeChange(c, vocabulary));
          return (
            <Table.Tr key={entry.id} data-testid="audit-row" data-kind={entry.kind} style={{ verticalAlign: 'top' }}>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formats.date(entry.at)}
                </Text>
                <Text size="xs" c="dimmed">
                  {formats.time(entry.at)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={kindColor(entry)} size="sm" style={{ textTransform: 'none' }}>
                  {kindNames[entry.kind]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Stack gap={4} data-testid="audit-summary">
                  <Text size="sm" fw={500}>
                    {describeHeadline(entry, vocabulary)}
                  </Text>
                  {changes.length > 0 && (
                    <List size="sm" spacing={2} c="dimmed">
                      {changes.map((line, i) => (
                        <List.Item key={i}>{line}</List.Item>
                      ))}
                    </List>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
