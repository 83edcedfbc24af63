import { Badge, Button, Center, Group, Loader, ScrollArea, Table, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, ImportIssue } from '#contract';
import { getApi } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton, ExportProgress } from '../../../components/exports/ExportPanel';
import { useIssueText } from '../issue-text';
import { useImportReportExport } from './use-report-export';

const PAGE = 100;

/** Refused rows stand out; rows imported with an error (a wrong CNPJ) more than with a warning. */
function outcomeColor(issue: ImportIssue): string {
  if (issue.outcome === 'refused') return 'red';
  if (issue.outcome === 'skipped') return 'gray';
  return issue.severity === 'error' ? 'orange' : 'yellow';
}

interface Report {
  importId: string;
  issues: ImportIssue[];
  nextAfter: number | null;
  error: AppErrorPayload | null;
}

/** The rows the import refused, and those it took with a problem to fix in the file, a page at a time. */
export function IssueReport({ importId, truncated }: { importId: string; truncated: boolean }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const exporter = useImportReportExport(importId);

  const [round, setRound] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void getApi()
      .invoke('leads:importIssues', { id: importId, after: 0, limit: PAGE })
      .then((result) => {
        if (cancelled) return;
        setReport(
          result.ok
            ? { importId, issues: result.value.issues, nextAfter: result.value.nextAfter, error: null }
            : { importId, issues: [], nextAfter: null, error: result.error },
        );
      });
    return () => {
      cancelled = true;
    };
  }, [importId, round]);

  async function more(after: number, previous: ImportIssue[]) {
    setBusy(true);
    const result = await getApi().invoke('leads:importIssues', { id: importId, after, limit: PAGE });
    setBusy(false);
    setReport(
      result.ok
        ? { importId, issues: [...previous, ...result.value.issues], nextAfter: result.value.nextAfter, error: null }
        : { importId, issues: previous, nextAfter: null, error: result.error },
    );
  }

  const current = report?.importId === importId ? report : null;
  if (!current) {
    return (
      <Center py="md">
        <Loader size="sm" />
      </Center>
    );
  }
  if (current.error) return <ErrorAlert error={current.error} onRetry={() => setRound((r) => r + 1)} />;
  if (current.issues.length === 0) {
    return (
      <Group gap="xs" c="teal" data-testid="issue-report-empty">
        <IconCircleCheck size={18} aria-hidden />
        <Text size="sm">{t('leads.import.issues.none')}</Text>
      </Group>
    );
  }
  return (
    <>
      <ScrollArea.Autosize mah={300} type="auto">
        <Table verticalSpacing={6} layout="fixed" striped stickyHeader data-testid="issue-report">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>{t('leads.import.issues.row')}</Table.Th>
              <Table.Th w={150}>{t('leads.import.issues.column')}</Table.Th>
              <Table.Th>{t('leads.import.issues.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {current.issues.map((issue, i) => (
              <Table.Tr
                key={`${issue.row}:${i}`}
                data-testid="issue-row"
                data-code={issue.code}
                data-outcome={issue.outcome}
                data-row={issue.row}
                data-line={issue.line}
              >
                <Table.Td>
                  <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {issue.row}
                  </Text>
                  {/* After a value with line breaks, the file's line is not the spreadsheet's row. */}
                  {issue.line !== issue.row && (
                    <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {t('leads.import.issues.line', { line: issue.line })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end" c={issue.column ? undefined : 'dimmed'}>
                    {issue.column ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={8} wrap="nowrap" align="flex-start">
                    <Badge
                      size="xs"
                      variant="light"
                      color={outcomeColor(issue)}
                      style={{ flexShrink: 0 }}
                      mt={2}
                      data-testid="issue-outcome"
                    >
                      {t(`leads.import.issues.outcomes.${issue.outcome}`)}
                    </Badge>
                    <Text size="sm">{issueText(issue)}</Text>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {current.nextAfter !== null && (
        <Group justify="center" mt="xs">
          <Button
            variant="subtle"
            size="xs"
            loading={busy}
            onClick={() => void more(current.nextAfter ?? 0, current.issues)}
          >
            {t('leads.import.issues.more')}
          </Button>
        </Group>
      )}
      {truncated && current.nextAfter === null && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('leads.import.issues.truncated')}
        </Text>
      )}
      <Group justify="flex-end" mt="xs" mb="xs">
        <ExportButton
          size="xs"
          status={exporter.status}
          label={t('leads.export.report')}
          onStart={() => void exporter.start()}
        />
      </Group>
      <ExportProgress
        status={exporter.status}
        title={t('leads.export.reportTitle')}
        onCancel={exporter.cancel}
        onDismiss={exporter.dismiss}
      />
    </>
  );
}
