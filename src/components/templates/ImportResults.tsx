import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, IntegrationSummary, TemplateImportResult } from '#contract';
import { getApi } from '../../api';
import { TestLeadModal } from '../../pages/send-leads/test-lead/TestLeadModal';
import { ErrorAlert } from '../ErrorAlert';

export type TargetOutcome =
  | { clientName: string; ok: true; value: TemplateImportResult }
  | { clientName: string; ok: false; error: AppErrorPayload; message?: string };

/** What each client received; every integration is a draft, with its test lead one click away. */
export function ImportResults({ outcomes }: { outcomes: TargetOutcome[] }) {
  const { t } = useTranslation();
  const [testing, setTesting] = useState<IntegrationSummary | null>(null);
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);

  async function openTest(id: string) {
    const detail = await getApi().invoke('integrations:get', { id });
    if (detail.ok) setTesting(detail.value);
    else setFailure(detail.error);
  }

  return (
    <Stack gap="md" data-testid="import-results">
      {failure && <ErrorAlert error={failure} onClose={() => setFailure(null)} />}
      {outcomes.map((o, index) => (
        <Paper key={index} withBorder p="md" aria-label={o.clientName} role="group">
          <Title order={3} size="h5" mb="xs">
            {o.clientName}
          </Title>
          {!o.ok ? (
            <ErrorAlert
              error={o.error}
              title={t('templates.result.failed', { client: o.clientName })}
              message={o.message}
            />
          ) : (
            <Stack gap="xs">
              {o.value.integrations.map((i) => (
                <Alert key={i.id} color="blue" variant="light" p="xs" data-testid="imported-integration">
                  <Group justify="space-between" wrap="nowrap" gap="md">
                    <div>
                      <Text size="sm" fw={600}>
                        {t('templates.result.integration', { name: i.name })}
                      </Text>
                      <Text size="xs">{t('templates.result.prompt', { client: o.clientName })}</Text>
                    </div>
                    <Button
                      size="xs"
                      leftSection={<IconSend size={14} />}
                      style={{ flexShrink: 0 }}
                      aria-label={t('templates.result.testLabel', { name: i.name, client: o.clientName })}
                      onClick={() => void openTest(i.id)}
                    >
                      {t('templates.result.test')}
                    </Button>
                  </Group>
                </Alert>
              ))}
              {o.value.profiles.map((p) => (
                <Line
                  key={p.id}
                  text={t(p.active ? 'templates.result.profileActive' : 'templates.result.profile', { name: p.name })}
                />
              ))}
              {o.value.leadSettings && <Line text={t('templates.result.leadSettings')} />}
              {o.value.created.length > 0 && (
                <Text size="xs" c="dimmed">
                  {t('templates.result.created', { names: o.value.created.map((c) => c.name).join(', ') })}
                </Text>
              )}
            </Stack>
          )}
        </Paper>
      ))}
      <TestLeadModal item={testing} onClose={() => setTesting(null)} />
    </Stack>
  );
}

function Line({ text }: { text: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden />
      <Text size="sm">{text}</Text>
    </Group>
  );
}
