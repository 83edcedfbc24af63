import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientReport } from '#contract';
import { useReportFormat } from './format';
import classes from './report.module.css';

const WIDTH = 600;
const HEIGHT = 140;
const GAP = 2;

export const DAILY_COLORS = {
  qualified: 'var(--mantine-color-teal-6)',
  notQualified: 'var(--mantine-color-gray-5)',
} as const;

/**
 * Leads received per day as stacked bars (qualified at the bottom, the others above), drawn as a
 * plain SVG like the Logs' daily chart: a month of bars needs no chart library, and it prints.
 */
export function DailyLeadsChart({ daily }: { daily: ClientReport['received']['daily'] }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  const max = Math.max(1, ...daily.map((d) => d.total));
  const slot = WIDTH / Math.max(1, daily.length);
  const first = daily[0];
  const last = daily[daily.length - 1];
  return (
    <div>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        width="100%"
        height={HEIGHT}
        role="img"
        aria-label={t('report.daily.label')}
        data-testid="report-daily-chart"
        className={classes.chart}
      >
        <line x1={0} x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} stroke="var(--mantine-color-default-border)" />
        {daily.map((d, i) => {
          const x = i * slot + GAP / 2;
          const width = Math.max(0.5, slot - GAP);
          const q = (d.qualified / max) * (HEIGHT - 4);
          const rest = ((d.total - d.qualified) / max) * (HEIGHT - 4);
          return (
            <g key={d.date} data-date={d.date} data-total={d.total} data-qualified={d.qualified}>
              <title>
                {t('report.daily.day', {
                  day: f.day(d.date),
                  total: f.count(d.total),
                  qualified: f.count(d.qualified),
                })}
              </title>
              {/* The whole column answers the pointer, so an empty day still shows its tooltip. */}
              <rect x={x} y={0} width={width} height={HEIGHT} fill="transparent" />
              {q > 0 && <rect x={x} y={HEIGHT - q} width={width} height={q} fill={DAILY_COLORS.qualified} />}
              {rest > 0 && (
                <rect x={x} y={HEIGHT - q - rest} width={width} height={rest} fill={DAILY_COLORS.notQualified} />
              )}
            </g>
          );
        })}
      </svg>
      <Group justify="space-between" mt={4}>
        <Text size="xs" c="dimmed">
          {first ? f.shortDay(first.date) : ''}
        </Text>
        <Group gap="md">
          <Legend color={DAILY_COLORS.qualified} label={t('report.daily.qualified')} />
          <Legend color={DAILY_COLORS.notQualified} label={t('report.daily.notQualified')} />
        </Group>
        <Text size="xs" c="dimmed">
          {last ? f.shortDay(last.date) : ''}
        </Text>
      </Group>
    </div>
  );
}

export function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span aria-hidden className={classes.swatch} style={{ background: color }} />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}
