import { Anchor, Badge, Button, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { REPORT_ERRORS_SHOWN, type ClientReport, type DeliveryCounts } from '#contract';
import { useDateTimeFormats } from '../../i18n/format';
import { useReportFormat } from './format';
import { openErrorsInLogs, openLeadInLogs } from './open-logs';
import classes from './report.module.css';
import { Section } from './Section';

const COUNTS = ['sent', 'error', 'waiting', 'skipped', 'cancelled'] as const;
const ALWAYS = new Set<(typeof COUNTS)[number]>(['sent', 'error', 'waiting']);
const COLORS: Record<(typeof COUNTS)[number], string | undefined> = {
  sent: 'teal',
  error: 'red',
  waiting: 'yellow.8',
  skipped: undefined,
  cancelled: undefined,
};

/** Per integration: where each lead's latest dispatch stands, and how long delivery took. */
export function DeliverySection({ report: r }: { report: ClientReport }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  const time = (ms: number | null) => (ms === null ? '—' : f.duration(ms));
  // Skipped and cancelled are rare: their columns appear when some integration has any.
  const columns = COUNTS.filter((key) => ALWAYS.has(key) || r.delivery.total[key] > 0);
  const cells = (c: DeliveryCounts, integration: { id: string; name: string } | null) => (
    <>
      <Table.Td className={classes.num} data-testid="leads">
        {f.count(c.leads)}
      </Table.Td>
      {columns.map((key) => (
        <Table.Td
          key={key}
          className={classes.num}
          data-testid={key}
          c={c[key] > 0 ? COLORS[key] : 'dimmed'}
          fw={c[key] > 0 ? 600 : 400}
        >
          {key === 'error' && c.error > 0 && integration !== null ? (
            <Anchor
              component="button"
              type="button"
              c="red"
              fw={600}
              size="sm"
              onClick={() => openErrorsInLogs(r, integration.id)}
              aria-label={t('report.delivery.showErrors', { count: c.error, integration: integration.name })}
            >
              {f.count(c.error)}
            </Anchor>
          ) : (
            f.count(c[key])
          )}
        </Table.Td>
      ))}
      <Table.Td className={classes.num} data-testid="median">
        {time(c.medianMs)}
      </Table.Td>
      <Table.Td className={classes.num} data-testid="p90">
        {time(c.p90Ms)}
      </Table.Td>
    </>
  );
  return (
    <Section id="delivery" title={t('report.delivery.title')} hint={t('report.delivery.hint')}>
      {r.delivery.integrations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('report.delivery.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table
            aria-label={t('report.delivery.title')}
            data-testid="delivery-table"
            fz="sm"
            verticalSpacing={6}
            horizontalSpacing="xs"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('report.columns.integration')}</Table.Th>
                <Table.Th className={classes.num}>{t('report.columns.leads')}</Table.Th>
                {columns.map((key) => (
                  <Table.Th key={key} className={classes.num}>
                    {t(`report.columns.${key}`)}
                  </Table.Th>
                ))}
                <Table.Th className={classes.num}>{t('report.columns.median')}</Table.Th>
                <Table.Th className={classes.num}>{t('report.columns.p90')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.delivery.integrations.map((i) => (
                <Table.Tr key={i.integrationId} data-testid="delivery-row" data-name={i.name}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                        {i.name}
                      </Text>
                      {i.deleted && (
                        <Badge size="xs" color="gray" variant="light">
                          {t('report.delivery.deleted')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {t(`sendLeads.cards.${i.type}.name`)}
                    </Text>
                  </Table.Td>
                  {cells(i, { id: i.integrationId, name: i.name })}
                </Table.Tr>
              ))}
            </Table.Tbody>
            {r.delivery.integrations.length > 1 && (
              <Table.Tfoot>
                <Table.Tr
                  data-testid="delivery-total"
                  style={{ borderTop: '2px solid var(--mantine-color-default-border)' }}
                >
                  <Table.Th>{t('report.delivery.total')}</Table.Th>
                  {cells(r.delivery.total, null)}
                </Table.Tr>
              </Table.Tfoot>
            )}
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

/** Deliveries still failing, newest first, each a way into the Logs where it is resent. */
export function OpenErrorsSection({ report: r }: { report: ClientReport }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  const { dateTime } = useDateTimeFormats();
  const { rows, total } = r.openErrors;
  return (
    <Section id="errors" title={t('report.errors.title')} hint={t('report.errors.hint')}>
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('report.errors.none')}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table
              aria-label={t('report.errors.title')}
              data-testid="errors-table"
              fz="sm"
              verticalSpacing={6}
              layout="fixed"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="28%">{t('report.columns.lead')}</Table.Th>
                  <Table.Th w="18%">{t('report.columns.integration')}</Table.Th>
                  <Table.Th>{t('report.columns.message')}</Table.Th>
                  <Table.Th w={170}>{t('report.columns.when')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((e) => {
                  const name = e.leadName || e.leadEmail || t('report.errors.noName');
                  return (
                    <Table.Tr key={e.dispatchId} data-testid="error-row">
                      <Table.Td>
                        <UnstyledButton
                          onClick={() => openLeadInLogs({ id: e.leadId, name })}
                          aria-label={t('report.errors.openLead', { name })}
                          style={{ maxWidth: '100%' }}
                        >
                          <Text size="sm" fw={500} truncate="end">
                            {name}
                          </Text>
                          <Text size="xs" c="dimmed" truncate="end">
                            {e.leadEmail}
                          </Text>
                        </UnstyledButton>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" truncate="end">
                          {e.integrationName}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2} className={classes.clamp}>
                          {e.lastError ?? (e.lastStatus !== null ? `HTTP ${e.lastStatus}` : '—')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed">
                          {dateTime(e.updatedAt)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between" mt="sm">
            <Text size="xs" c="dimmed">
              {total > rows.length
                ? t('report.errors.shown', {
                    shown: f.count(Math.min(rows.length, REPORT_ERRORS_SHOWN)),
                    total: f.count(total),
                  })
                : ''}
            </Text>
            <Button
              size="xs"
              variant="light"
              color="red"
              rightSection={<IconExternalLink size={14} />}
              className={classes.noPrint}
              onClick={() => openErrorsInLogs(r)}
            >
              {t('report.errors.showAll')}
            </Button>
          </Group>
        </>
      )}
    </Section>
  );
}
