import { useTranslation } from 'react-i18next';
import type { ClientHealth } from '#contract';
import { useDateTimeFormats } from '../../i18n/format';

const WIDTH = 300;
const HEIGHT = 64;
const GAP = 2;

const COLORS = {
  sent: 'var(--mantine-color-teal-6)',
  retrying: 'var(--mantine-color-yellow-6)',
  error: 'var(--mantine-color-red-6)',
} as const;

/**
 * Dispatches per day as stacked bars (sent at the bottom, then retrying, then errors), drawn as a
 * plain SVG: thirty small bars need no chart library, and it scales with its card.
 */
export function DailyChart({ client }: { client: ClientHealth }) {
  const { t } = useTranslation();
  const { shortDate } = useDateTimeFormats();
  const max = Math.max(1, ...client.daily.map((d) => d.sent + d.retrying + d.error));
  const slot = WIDTH / client.daily.length;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      width="100%"
      height={HEIGHT}
      role="img"
      aria-label={t('logs.health.chartLabel', { client: client.clientName })}
      data-testid="health-chart"
    >
      <line x1={0} x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} stroke="var(--mantine-color-default-border)" />
      {client.daily.map((d, i) => {
        let y = HEIGHT;
        const x = i * slot + GAP / 2;
        const parts = (['sent', 'retrying', 'error'] as const).map((key) => {
          const h = (d[key] / max) * (HEIGHT - 4);
          y -= h;
          return h > 0 ? <rect key={key} x={x} y={y} width={slot - GAP} height={h} fill={COLORS[key]} /> : null;
        });
        return (
          <g key={d.day} data-day={d.day}>
            <title>
              {t('logs.health.dayTitle', {
                day: shortDate(d.day),
                sent: d.sent,
                error: d.error,
                retrying: d.retrying,
              })}
            </title>
            {/* The whole column answers the pointer, so an empty day still shows its tooltip. */}
            <rect x={x} y={0} width={slot - GAP} height={HEIGHT} fill="transparent" />
            {parts}
          </g>
        );
      })}
    </svg>
  );
}
