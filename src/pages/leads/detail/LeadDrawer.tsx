import { Badge, Button, Center, Divider, Drawer, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, LeadDetail } from '#contract';
import { getApi } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLogFormatters } from '../../logs/format';
import { useRangeLabel } from '../../../i18n/range-label';
import { ScoreBadge } from '../badges';
import { LeadDispatches } from './LeadDispatches';
import { LeadFieldGrid, Section } from './LeadFieldGrid';
import { ScoreReasons } from './ScoreReasons';
import { useBlockersText } from './blockers';
import { useLeadDetail } from './use-lead-detail';
import { ValidationList } from './ValidationList';

interface LeadDrawerProps {
  leadId: string | null;
  clientId: string;
  colorOf: (range: string | null, score: number | null) => string;
  onClose: () => void;
}

function ScoreSummary({ lead, color }: { lead: LeadDetail; color: string }) {
  const { t } = useTranslation();
  const { nameOf } = useRangeLabel();
  const blocked = useBlockersText()(lead.blockedBy, true);
  if (lead.score === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('leads.detail.score.notScored')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Group gap="md" wrap="nowrap" align="flex-start">
        {/* A long explanation beside it must not squeeze the score. */}
        <div style={{ flexShrink: 0 }}>
          <ScoreBadge score={lead.score} color={color} size="xl" />
        </div>
        <Stack gap={0} miw={0}>
          <Text size="sm" fw={600}>
            {lead.scoreRange !== null ? t('leads.detail.score.range', { range: nameOf(lead.scoreRange) }) : null}
          </Text>
          <Text
            size="sm"
            c={lead.qualified ? 'teal' : blocked ? 'orange' : 'dimmed'}
            data-testid="qualified-summary"
            data-blocked={blocked ? lead.blockedBy.join(' ') : undefined}
          >
            {lead.qualified
              ? t('leads.detail.score.qualifiedBody')
              : (blocked ?? t('leads.detail.score.notQualifiedBody'))}
          </Text>
        </Stack>
      </Group>
      <ScoreReasons reasons={lead.reasons} score={lead.score} />
    </Stack>
  );
}

function DeleteLead({ lead, onDeleted }: { lead: LeadDetail; onDeleted: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorPayload | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    const result = await getApi().invoke('leads:delete', { id: lead.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setOpen(false);
    notifications.show({ color: 'teal', message: t('leads.notify.deleted') });
    onDeleted();
  }

  return (
    <>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setOpen(true)}>
        {t('leads.detail.delete.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('leads.detail.delete.title')} size="md">
        <Stack>
          <Text size="sm">{t('leads.detail.delete.body', { name: lead.fullName || lead.email })}</Text>
          {error && (
            <ErrorAlert
              error={error}
              message={error.code === 'conflict' ? t('leads.detail.delete.sending') : undefined}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void confirm()}>
              {t('leads.detail.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** Applies a suggested correction through the core, which checks, scores and, if qualified, sends the lead. */
function useApplySuggestion(leadId: string | null, reload: () => void) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppErrorPayload | null>(null);
  async function apply(field: 'email' | 'phone'): Promise<void> {
    if (leadId === null) return;
    setError(null);
    const result = await getApi().invoke('leads:applySuggestion', { id: leadId, field });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const { lead, dispatches } = result.value;
    notifications.show({
      color: 'teal',
      message: !lead.qualified
        ? t('leads.detail.fix.done')
        : dispatches > 0
          ? t('leads.detail.fix.doneSent', { count: dispatches })
          : t('leads.detail.fix.doneQualified'),
    });
    reload();
  }
  return { apply, error, clearError: () => setError(null) };
}

export function LeadDrawer({ leadId, clientId, colorOf, onClose }: LeadDrawerProps) {
  const { t } = useTranslation();
  const { dateTime } = useLogFormatters();
  const { detail, error, reload } = useLeadDetail(leadId, clientId);
  const fix = useApplySuggestion(leadId, reload);
  const lead = detail;

  return (
    <Drawer
      opened={leadId !== null}
      onClose={onClose}
      position="right"
      size={640}
      title={
        <Title order={2} size="h4">
          {t('leads.detail.title')}
        </Title>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {leadId !== null && !lead && !error && (
        <Center py="xl">
          <Loader size="sm" aria-label={t('leads.detail.loading')} />
        </Center>
      )}
      {error && <ErrorAlert error={error} onRetry={reload} />}
      {lead && (
        <Stack gap="lg" data-testid="lead-detail">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4} miw={0}>
              <Text fw={650} size="lg" style={{ overflowWrap: 'anywhere' }}>
                {lead.fullName || lead.email || lead.phone || '—'}
              </Text>
              <Group gap={6}>
                <Text size="xs" c="dimmed">
                  {t('leads.detail.received', { time: dateTime(lead.receivedAt) })}
                </Text>
                <Badge size="xs" variant="default">
                  {t(`leads.origins.${lead.origin}`)}
                </Badge>
              </Group>
            </Stack>
          </Group>
          <Section title={t('leads.detail.sections.score')}>
            <ScoreSummary lead={lead} color={colorOf(lead.scoreRange, lead.score)} />
          </Section>
          <Section title={t('leads.detail.sections.checks')}>
            <ValidationList validation={lead.validation} onApply={fix.apply} />
            {fix.error && <ErrorAlert error={fix.error} onClose={fix.clearError} />}
          </Section>
          <Divider />
          <LeadFieldGrid lead={lead} />
          <Divider />
          <Section title={t('leads.detail.sections.dispatches')}>
            <LeadDispatches lead={lead} />
          </Section>
          <Divider />
          <Group justify="flex-end">
            <DeleteLead lead={lead} onDeleted={onClose} />
          </Group>
        </Stack>
      )}
    </Drawer>
  );
}
