import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLogFormatters } from './format';
import { limitFacts, type LimitFact } from './limit-headers';

function useFactText(): (fact: LimitFact) => { label: string; value: string } {
  const { t, i18n } = useTranslation();
  const { time, dateTime } = useLogFormatters();
  const count = (n: number) => n.toLocaleString(i18n.language);
  const seconds = (s: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'second', unitDisplay: 'short' }).format(s);
  // A moment later today reads as a time; another day needs its date.
  const moment = (at: number) => (new Date(at).toDateString() === new Date().toDateString() ? time(at) : dateTime(at));
  const label = (kind: Exclude<LimitFact['kind'], 'other'>) => t(`logs.drawer.limits.${kind}`);
  return (fact) => {
    switch (fact.kind) {
      case 'retryAfter':
      case 'resetIn':
      case 'window':
        return { label: label(fact.kind), value: seconds(fact.seconds) };
      case 'retryAt':
      case 'resetAt':
        return { label: label(fact.kind), value: moment(fact.at) };
      case 'remaining':
      case 'dailyRemaining':
      case 'secondlyRemaining':
        return {
          label: label(fact.kind),
          value:
            fact.of === null
              ? count(fact.n)
              : t('logs.drawer.limits.countOf', { n: count(fact.n), max: count(fact.of) }),
        };
      case 'limit':
      case 'dailyLimit':
      case 'secondlyLimit':
        return { label: label(fact.kind), value: count(fact.n) };
      case 'other':
        return { label: fact.name, value: fact.value };
    }
  };
}

/** The limits and waits the CRM announced with its answer, each under a plain label. */
export function LimitFacts({ headers }: { headers: Record<string, string> }) {
  const { t } = useTranslation();
  const text = useFactText();
  const facts = limitFacts(headers);
  if (facts.length === 0) return null;
  return (
    <Stack gap={2} data-testid="rate-headers">
      <Text size="xs" fw={600}>
        {t('logs.drawer.attempt.headers')}
      </Text>
      <Group gap="lg" style={{ rowGap: 4 }}>
        {facts.map((fact) => {
          const { label, value } = text(fact);
          return (
            // The raw header stays on hover, for whoever reads the CRM's documentation.
            <Text key={fact.source} size="xs" title={fact.source} data-testid="rate-fact">
              <Text span size="xs" c="dimmed">
                {label}:
              </Text>{' '}
              <Text span size="xs" fw={600}>
                {value}
              </Text>
            </Text>
          );
        })}
      </Group>
    </Stack>
  );
}
