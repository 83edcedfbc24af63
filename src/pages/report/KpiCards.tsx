import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientReport } from '#contract';
import { useReportFormat } from './format';
import { openErrorsInLogs } from './open-logs';
import classes from './report.module.css';

function Kpi({
  id,
  label,
  value,
  note,
  color,
}: {
  id: string;
  label: string;
  value: string;
  note: ReactNode;
  color?: string;
}) {
  return (
    <Paper withBorder p="md" className={classes.card} role="group" aria-label={label} data-testid={`kpi-${id}`}>
      <Stack gap={2}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
          {label}
        </Text>
        <Text fz={28} fw={700} lh={1.2} c={color} className={classes.num} ta="left" data-testid="kpi-value">
          {value}
        </Text>
        <Text size="xs" c="dimmed" component="div">
          {note}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The period at a glance: received, qualified, refused, delivered, still failing, and how fast. */
export function KpiCards({ report: r }: { report: ClientReport }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  const d = r.delivery.total;
  const errors = r.openErrors.total;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, xl: 6 }} spacing="md">
      <Kpi id="received" label={t('report.kpi.received')} value={f.count(r.received.total)} note={'\u00a0'} />
      <Kpi
        id="qualified"
        label={t('report.kpi.qualified')}
        value={f.count(r.received.qualified)}
        color="teal"
        note={t('report.kpi.ofReceived', { percent: f.share(r.received.qualified, r.received.total) })}
      />
      <Kpi
        id="not-qualified"
        label={t('report.kpi.notQualified')}
        value={f.count(r.notQualified.total)}
        note={t('report.kpi.ofReceived', { percent: f.share(r.notQualified.total, r.received.total) })}
      />
      <Kpi
        id="delivered"
        label={t('report.kpi.delivered')}
        value={f.count(d.sent)}
        note={
          d.leads === 0
            ? t('report.kpi.noDeliveries')
            : t('report.kpi.deliveredOf', { sent: f.count(d.sent), total: f.count(d.leads) })
        }
      />
      <Kpi
        id="errors"
        label={t('report.kpi.openErrors')}
        value={f.count(errors)}
        color={errors > 0 ? 'red' : undefined}
        note={
          errors === 0 ? (
            t('report.kpi.noErrors')
          ) : (
            <Anchor
              component="button"
              type="button"
              size="xs"
              className={classes.noPrint}
              onClick={() => openErrorsInLogs(r)}
            >
              {t('report.kpi.showErrors')}
            </Anchor>
          )
        }
      />
      <Kpi
        id="time"
        label={t('report.kpi.time')}
        value={d.medianMs === null ? '—' : f.duration(d.medianMs)}
        note={
          d.medianMs === null || d.p90Ms === null
            ? t('report.kpi.noTime')
            : `${t('report.kpi.median')} · ${t('report.kpi.p90', { value: f.duration(d.p90Ms) })}`
        }
      />
    </SimpleGrid>
  );
}
