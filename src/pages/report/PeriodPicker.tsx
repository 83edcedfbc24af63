import { ActionIcon, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_MAX_DAYS } from '#contract';
import { monthLabel } from './format';
import { monthOf, rangeProblem, recentMonths, shiftMonth } from './period';
import { useReportPeriod } from './period-store';

/** How far back the month list goes; older months are a custom range away. */
const MONTHS_OFFERED = 36;

/** A month (this one by default) with previous and next, or a custom range of days. */
export function PeriodPicker() {
  const { t, i18n } = useTranslation();
  const choice = useReportPeriod((s) => s.choice);
  const { setMonth, chooseMonth, chooseRange, setRange } = useReportPeriod();
  const months = useMemo(() => recentMonths(new Date(), MONTHS_OFFERED), []);
  const data = useMemo(
    () => months.map((m) => ({ value: m, label: monthLabel(m, i18n.language) })),
    [months, i18n.language],
  );
  const current = monthOf(new Date());
  const oldest = months[months.length - 1] ?? current;
  const problem = choice.kind === 'range' ? rangeProblem(choice.from, choice.to) : null;

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <SegmentedControl
        aria-label={t('report.period.kind')}
        value={choice.kind}
        onChange={(value) => (value === 'range' ? chooseRange() : chooseMonth())}
        data={[
          { value: 'month', label: t('report.period.month') },
          { value: 'range', label: t('report.period.range') },
        ]}
      />
      {choice.kind === 'month' ? (
        <Group gap={4} align="flex-end" wrap="nowrap">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('report.period.previous')}
            disabled={choice.month <= oldest}
            onClick={() => setMonth(shiftMonth(choice.month, -1))}
          >
            <IconChevronLeft size={18} />
          </ActionIcon>
          <Select
            aria-label={t('report.period.month')}
            data={data}
            value={choice.month}
            allowDeselect={false}
            onChange={(value) => value !== null && setMonth(value)}
            w={200}
            maxDropdownHeight={320}
          />
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('report.period.next')}
            disabled={choice.month >= current}
            onClick={() => setMonth(shiftMonth(choice.month, 1))}
          >
            <IconChevronRight size={18} />
          </ActionIcon>
        </Group>
      ) : (
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <TextInput
            type="date"
            label={t('report.period.from')}
            value={choice.from}
            max={choice.to || undefined}
            onChange={(e) => setRange({ from: e.currentTarget.value })}
            w={160}
          />
          <TextInput
            type="date"
            label={t('report.period.to')}
            value={choice.to}
            min={choice.from || undefined}
            onChange={(e) => setRange({ to: e.currentTarget.value })}
            w={160}
            error={problem === null ? undefined : t(`report.period.problems.${problem}`, { max: REPORT_MAX_DAYS })}
          />
        </Group>
      )}
    </Group>
  );
}
