import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  List,
  Modal,
  NumberInput,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCopy, IconDeviceFloppy, IconEye, IconRefresh } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '#contract';
import { getApi } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useWebhookDraft, useWebhookPatch } from './store';
import type { useSaveWebhook } from './use-save-webhook';

function HowToVerify() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h6" mb="xs">
        {t('webhookWizard.signing.howTitle')}
      </Title>
      <List type="ordered" size="sm" spacing={4}>
        <List.Item>{t('webhookWizard.signing.how1')}</List.Item>
        <List.Item>{t('webhookWizard.signing.how2')}</List.Item>
        <List.Item>{t('webhookWizard.signing.how3')}</List.Item>
        <List.Item>{t('webhookWizard.signing.how4')}</List.Item>
      </List>
    </Paper>
  );
}

/** The signing secret: created on the first save, shown on request for copying, rotated with a grace period. */
export function SigningStep({ saver }: { saver: ReturnType<typeof useSaveWebhook> }) {
  const { t } = useTranslation();
  const { i18n } = useTranslation();
  const formatDate = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
    return (epochMs: number) => format.format(new Date(epochMs));
  }, [i18n.language]);
  const draft = useWebhookDraft();
  const patch = useWebhookPatch();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<'reveal' | 'rotate' | 'end' | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const id = draft.integrationId;
  // The core drops an expired previous secret whenever the secret is read, so a date here is current.
  const rotatingUntil = draft.signing?.previousExpiresAt ?? null;

  async function act(kind: 'reveal' | 'rotate' | 'end'): Promise<void> {
    if (id === null) return;
    setBusy(kind);
    setError(null);
    const api = getApi();
    if (kind === 'end') {
      const result = await api.invoke('webhook:endRotation', { id });
      if (result.ok) patch({ signing: result.value.signing }, 'auto');
      else setError(result.error);
    } else {
      // The grace period on screen is the one the rotation should use: save it first.
      if (kind === 'rotate' && !(await saver.saveSettingsOnly())) {
        setBusy(null);
        setConfirming(false);
        return;
      }
      const result = await api.invoke(kind === 'rotate' ? 'webhook:rotateSecret' : 'webhook:revealSecret', { id });
      if (result.ok) patch({ secret: result.value.signingSecret, signing: result.value.signing }, 'auto');
      else setError(result.error);
    }
    setBusy(null);
    setConfirming(false);
  }

  return (
    <Stack gap="lg" maw={820}>
      <Text size="sm" c="dimmed">
        {t('webhookWizard.signing.intro')}
      </Text>
      {id === null ? (
        <Stack gap="sm">
          <Alert color="grape" variant="light">
            <Text size="sm">{t('webhookWizard.signing.notSaved')}</Text>
          </Alert>
          <Group>
            <Button
              leftSection={<IconDeviceFloppy size={16} />}
              loading={saver.busy === 'settings'}
              onClick={() => void saver.saveSettingsOnly()}
            >
              {t('webhookWizard.signing.saveNow')}
            </Button>
          </Group>
          {saver.failure && <ErrorAlert error={saver.failure.error} title={t('webhookWizard.signing.saveFailed')} />}
        </Stack>
      ) : (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Text size="sm" fw={500}>
              {t('webhookWizard.signing.secretLabel')}
            </Text>
            {draft.secret ? (
              <Code block data-testid="signing-secret" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
                {draft.secret}
              </Code>
            ) : (
              <Text size="sm" c="dimmed" data-testid="signing-secret-hidden">
                {t('webhookWizard.signing.secretHidden', { hint: draft.signing?.hint ?? '…' })}
              </Text>
            )}
            <Group gap="sm">
              {draft.secret ? (
                <CopyButton value={draft.secret}>
                  {({ copied, copy }) => (
                    <Button variant="light" color="grape" leftSection={<IconCopy size={16} />} onClick={copy}>
                      {copied ? t('webhookWizard.signing.copied') : t('webhookWizard.signing.copy')}
                    </Button>
                  )}
                </CopyButton>
              ) : (
                <Button
                  variant="light"
                  leftSection={<IconEye size={16} />}
                  loading={busy === 'reveal'}
                  onClick={() => void act('reveal')}
                >
                  {t('webhookWizard.signing.show')}
                </Button>
              )}
              <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={() => setConfirming(true)}>
                {t('webhookWizard.signing.rotate')}
              </Button>
            </Group>
            {rotatingUntil !== null && (
              <Group gap="sm" data-testid="rotation-state">
                <Text size="sm">{t('webhookWizard.signing.rotating', { date: formatDate(rotatingUntil) })}</Text>
                <Button variant="subtle" size="xs" loading={busy === 'end'} onClick={() => void act('end')}>
                  {t('webhookWizard.signing.endRotation')}
                </Button>
              </Group>
            )}
            {error && <ErrorAlert error={error} onClose={() => setError(null)} />}
          </Stack>
        </Paper>
      )}
      <NumberInput
        label={t('webhookWizard.signing.graceLabel')}
        description={t('webhookWizard.signing.graceHint')}
        min={0}
        max={168}
        clampBehavior="strict"
        allowDecimal={false}
        value={draft.rotationGraceHours}
        onChange={(value) => patch({ rotationGraceHours: typeof value === 'number' ? value : 24 })}
        w={320}
      />
      <HowToVerify />
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('webhookWizard.signing.rotateTitle')}>
        <Stack gap="md">
          <Text size="sm">{t('webhookWizard.signing.rotateBody', { hours: draft.rotationGraceHours })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('webhookWizard.signing.cancel')}
            </Button>
            <Button color="grape" loading={busy === 'rotate'} onClick={() => void act('rotate')}>
              {t('webhookWizard.signing.rotateNow')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
