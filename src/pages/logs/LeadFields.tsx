import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LogLead } from '#contract';
import type { LeadFieldLabel } from '../../i18n/lead-fields/en';
import { useRangeLabel } from '../../i18n/range-label';
import { useLogFormatters } from './format';

function Field({ label, value }: { label: string; value: string | null }) {
  return (
    <Stack gap={0} miw={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {value === null || value === '' ? '—' : value}
      </Text>
    </Stack>
  );
}

/** The lead as received; stands in for "open the lead" until the Leads page exists. */
export function LeadFields({ lead }: { lead: LogLead }) {
  const { t } = useTranslation();
  const { dateTime } = useLogFormatters();
  const { nameOf } = useRangeLabel();
  const f = (key: LeadFieldLabel) => t(`leadFields.${key}`);
  return (
    <SimpleGrid cols={3} spacing="sm" verticalSpacing="xs" data-testid="lead-fields">
      <Field label={f('fullName')} value={lead.fullName} />
      <Field label={f('email')} value={lead.email} />
      <Field label={f('phone')} value={lead.phone} />
      <Field label={f('company')} value={lead.company} />
      <Field label={f('cnpj')} value={lead.cnpj} />
      <Field label={f('jobTitle')} value={lead.jobTitle} />
      <Field label={f('city')} value={lead.city} />
      <Field label={f('state')} value={lead.state} />
      <Field label={f('source')} value={lead.source} />
      <Field label={f('score')} value={lead.score === null ? null : String(lead.score)} />
      <Field label={f('range')} value={lead.scoreRange === null ? null : nameOf(lead.scoreRange)} />
      <Field label={f('qualified')} value={lead.qualified ? t('logs.drawer.fields.yes') : t('logs.drawer.fields.no')} />
      <Field label={f('receivedAt')} value={dateTime(lead.receivedAt)} />
    </SimpleGrid>
  );
}
