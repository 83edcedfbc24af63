import { Box, Button, Center, Container, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientReport, ReportInput } from '#contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton, ExportProgress } from '../../components/exports/ExportPanel';
import { PageHeader } from '../../components/PageHeader';
import { useDateTimeFormats } from '../../i18n/format';
import { useClients } from '../../stores/clients';
import { DailyLeadsChart } from './DailyLeadsChart';
import { DeliverySection, OpenErrorsSection } from './DeliverySections';
import { useReportFormat } from './format';
import { KpiCards } from './KpiCards';
import { NotQualifiedSection, QualifiedSection, ReceivedSections } from './LeadSections';
import { periodOf } from './period';
import { useReportPeriod } from './period-store';
import { PeriodPicker } from './PeriodPicker';
import classes from './report.module.css';
import { Section } from './Section';
import { useReportExport } from './use-report-export';
import { userTimeZone, useReport } from './use-report';

/**
 * Paper is white: while the report prints (the button, or the browser's own Print), the page is
 * drawn in the light scheme whatever the app's, and put back afterwards.
 */
function usePrintInLight(): void {
  useEffect(() => {
    const root = document.documentElement;
    let before: string | null = null;
    const start = () => {
      before = root.getAttribute('data-mantine-color-scheme');
      root.setAttribute('data-mantine-color-scheme', 'light');
    };
    const end = () => {
      if (before !== null) root.setAttribute('data-mantine-color-scheme', before);
      before = null;
    };
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      end();
    };
  }, []);
}

function ReportBody({ report }: { report: ClientReport }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <KpiCards report={report} />
      <Section id="daily" title={t('report.daily.title')}>
        {report.received.total === 0 ? (
          <Text size="sm" c="dimmed" data-testid="report-empty">
            {t('report.daily.empty')}
          </Text>
        ) : (
          <DailyLeadsChart daily={report.received.daily} />
        )}
      </Section>
      {report.received.total > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ReceivedSections report={report} />
          <NotQualifiedSection report={report} />
          <QualifiedSection report={report} />
        </SimpleGrid>
      )}
      <DeliverySection report={report} />
      <OpenErrorsSection report={report} />
    </Stack>
  );
}

/** What the app did for the current client over a month or a range of days: to show, print or export. */
export function ReportPage() {
  const { t } = useTranslation();
  const { dateTime } = useDateTimeFormats();
  const f = useReportFormat();
  const client = useClients((s) => s.current);
  const choice = useReportPeriod((s) => s.choice);
  const periodKey = JSON.stringify(periodOf(choice));
  const clientId = client?.id ?? null;
  const input = useMemo<ReportInput | null>(() => {
    const period = periodOf(choice);
    return clientId === null || period === null ? null : { clientId, period, timeZone: userTimeZone() };
    // The period's JSON stands for the choice: typing a day that is not a range yet asks nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [clientId, periodKey]);
  const query = useReport(input);
  const exporter = useReportExport(input);
  usePrintInLight();

  // While the next answer is counted, the last one for this client stays on screen.
  const report = query.status === 'ok' ? query.value : query.last?.clientId === clientId ? query.last : undefined;
  const counting = query.status === 'loading';
  const periodText = report ? f.period(report) : '';

  return (
    <Container size="xl" px={0} data-report-page>
      <div className={classes.noPrint}>
        <PageHeader
          title={t('report.title')}
          subtitle={report && client ? t('report.subtitle', { client: client.name, period: periodText }) : undefined}
          actions={
            <Group gap="sm" wrap="nowrap">
              <Button
                variant="default"
                leftSection={<IconPrinter size={16} />}
                onClick={() => window.print()}
                disabled={!report}
              >
                {t('report.print')}
              </Button>
              <ExportButton status={exporter.status} onStart={() => void exporter.start()} />
            </Group>
          }
        />
        <Paper withBorder p="md" mb="md" role="group" aria-label={t('report.controls')}>
          <Group justify="space-between" align="flex-end" gap="sm">
            <PeriodPicker />
            <Group gap="xs" mb={6}>
              {counting && <Loader size="xs" aria-label={t('report.updating')} />}
              {report && (
                <Text size="xs" c="dimmed" data-testid="report-as-of">
                  {t('report.asOf', { time: dateTime(report.generatedAt), zone: report.timeZone })}
                </Text>
              )}
            </Group>
          </Group>
        </Paper>
        <ExportProgress
          status={exporter.status}
          title={t('report.exportTitle')}
          onCancel={exporter.cancel}
          onDismiss={exporter.dismiss}
        />
      </div>
      {report && client && (
        <Box className={classes.printOnly} mb="md">
          <Title order={1} size="h2">
            {t('report.title')} · {report.clientName}
          </Title>
          <Text size="sm">{f.period(report, true)}</Text>
          <Text size="xs" c="dimmed">
            {t('report.printedBy', { time: dateTime(report.generatedAt), zone: report.timeZone })}
          </Text>
        </Box>
      )}
      {query.status === 'error' && <ErrorAlert error={query.error} onRetry={query.reload} />}
      {report ? (
        <ReportBody report={report} />
      ) : (
        query.status !== 'error' && (
          <Center py={64}>
            <Loader size="sm" aria-label={t('report.updating')} />
          </Center>
        )
      )}
    </Container>
  );
}
