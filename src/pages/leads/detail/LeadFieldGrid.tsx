import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadDetail } from '#contract';
import type { LeadFieldLabel } from '../../../i18n/lead-fields/en';
import { EmailKindBadge } from '../badges';

export function Field({ label, children, value }: { label: string; value?: string | null; children?: ReactNode }) {
  const empty = children === undefined && (value === null || value === undefined || value === '');
  return (
    <Stack gap={2} miw={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {children ?? (
        <Text size="sm" c={empty ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
          {empty ? '—' : value}
        </Text>
      )}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" style={{ letterSpacing: 0.4 }}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}

function Extras({ entries, prefix }: { entries: Record<string, string>; prefix: string }) {
  const list = Object.entries(entries);
  return (
    <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
      {list.map(([key, value]) => (
        <Field key={key} label={`${prefix}${key}`} value={value} />
      ))}
    </SimpleGrid>
  );
}

/** Everything the lead carries: contact, company, campaign parameters and custom fields. */
export function LeadFieldGrid({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const f = (key: LeadFieldLabel) => t(`leadFields.${key}`);
  const v = lead.validation;
  const national = v?.phone.national ?? null;
  const e164 = lead.phoneE164 ?? v?.phone.e164 ?? null;
  return (
    <Stack gap="lg" data-testid="lead-fields">
      <Section title={t('leads.detail.sections.contact')}>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
          <Field label={f('email')}>
            <Group gap={6} wrap="nowrap" miw={0}>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }} c={lead.email ? undefined : 'dimmed'}>
                {lead.email || '—'}
              </Text>
              <EmailKindBadge kind={lead.emailKind} />
            </Group>
          </Field>
          <Field label={f('phone')}>
            <Group gap={6} wrap="nowrap">
              <Text size="sm" c={(national ?? lead.phone) ? undefined : 'dimmed'}>
                {national ?? lead.phone ?? '—'}
              </Text>
              {v?.phone.type && (
                <Badge size="xs" variant="light" color="gray">
                  {t(`leads.detail.phoneTypes.${v.phone.type}`)}
                </Badge>
              )}
            </Group>
          </Field>
          <Field label={t('leads.detail.fields.phoneE164')} value={e164} />
          <Field label={f('source')} value={lead.source} />
          <Field label={f('city')} value={lead.city} />
          <Field label={f('stateCode')} value={lead.state} />
        </SimpleGrid>
      </Section>
      <Section title={t('leads.detail.sections.company')}>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
          <Field label={f('company')} value={lead.company} />
          <Field label={f('jobTitle')} value={lead.jobTitle} />
          <Field label={f('cnpj')} value={lead.cnpjFormatted ?? lead.cnpj} />
        </SimpleGrid>
      </Section>
      {Object.keys(lead.utm).length > 0 && (
        <Section title={t('leads.detail.sections.tracking')}>
          <Extras entries={lead.utm} prefix="utm_" />
        </Section>
      )}
      {Object.keys(lead.custom).length > 0 && (
        <Section title={t('leads.detail.sections.custom')}>
          <Extras entries={lead.custom} prefix="" />
        </Section>
      )}
    </Stack>
  );
}

export { Section };
