import { Alert, Badge, Button, Group, Modal, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconKey, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDateFormatter } from '../../i18n/format';
import { CopyField } from './CopyField';
import { curlExample } from './curl';
import { TokenModal } from './TokenModal';
import type { Intake } from './use-intake';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="md" wrap="nowrap" align="flex-start">
      <Text size="sm" fw={500} w={110} style={{ flexShrink: 0 }} pt={2}>
        {label}
      </Text>
      <div style={{ minWidth: 0, flex: 1 }}>{children}</div>
    </Group>
  );
}

/** The local intake API for this client: on/off, where to send, the token, an example. */
export function IntakeCard({ intake }: { intake: Intake }) {
  const { t } = useTranslation();
  const formatDate = useDateFormatter();
  const [confirmRotate, setConfirmRotate] = useState(false);
  const { status, busy } = intake;
  if (!status) return null;
  const { enabled, endpoint, tokenHint, tokenCreatedAt, serverError } = status;

  async function toggle(next: boolean): Promise<void> {
    if (next) await intake.enable();
    else await intake.disable();
  }

  async function rotate(): Promise<void> {
    if (await intake.rotate()) setConfirmRotate(false);
  }

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="intake-title" data-testid="intake-card">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Group gap="xs">
              <Title order={2} size="h4" id="intake-title">
                {t('leadSettings.intake.title')}
              </Title>
              <Badge color={enabled ? 'teal' : 'gray'} variant="light" data-testid="intake-state">
                {enabled ? t('leadSettings.intake.on') : t('leadSettings.intake.off')}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed" maw={720}>
              {t('leadSettings.intake.description')}
            </Text>
          </div>
        </Group>
        {intake.failure && <ErrorAlert error={intake.failure} onClose={intake.clearFailure} />}
        <Switch
          checked={enabled}
          disabled={busy !== null}
          onChange={(e) => {
            const next = e.currentTarget.checked;
            void toggle(next).then(() =>
              notifications.show({
                color: 'teal',
                message: t(next ? 'leadSettings.intake.enabled' : 'leadSettings.intake.disabled'),
              }),
            );
          }}
          label={t('leadSettings.intake.switch')}
          description={enabled ? undefined : t('leadSettings.intake.offNote')}
        />
        {enabled && serverError && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            icon={<IconAlertTriangle size={18} />}
            title={t('leadSettings.intake.serverError.title')}
          >
            {serverError === 'port_in_use'
              ? t('leadSettings.intake.serverError.port_in_use')
              : t('leadSettings.intake.serverError.other', { code: serverError })}
          </Alert>
        )}
        {enabled && (
          <Stack gap="sm">
            <Row label={t('leadSettings.intake.endpoint')}>
              {endpoint ? (
                <CopyField value={endpoint} testId="intake-endpoint" />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('leadSettings.intake.endpointWaiting')}
                </Text>
              )}
            </Row>
            <Row label={t('leadSettings.intake.token')}>
              <Group gap="sm" justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  {tokenHint && tokenCreatedAt !== null ? (
                    <Group gap={6}>
                      <IconKey size={14} />
                      <Text size="sm" data-testid="intake-token-hint">
                        {t('leadSettings.intake.tokenHint', { hint: tokenHint, date: formatDate(tokenCreatedAt) })}
                      </Text>
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('leadSettings.intake.noToken')}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {t('leadSettings.intake.tokenHidden')}
                  </Text>
                </div>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconRefresh size={14} />}
                  onClick={() => setConfirmRotate(true)}
                  disabled={busy !== null}
                >
                  {t('leadSettings.intake.rotate')}
                </Button>
              </Group>
            </Row>
            {endpoint && (
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {t('leadSettings.intake.example')}
                </Text>
                <CopyField
                  value={curlExample(endpoint, t('leadSettings.intake.tokenPlaceholder'))}
                  block
                  testId="intake-curl"
                />
                <Text size="xs" c="dimmed">
                  {t('leadSettings.intake.exampleHint')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('leadSettings.intake.answers')}
                </Text>
              </Stack>
            )}
          </Stack>
        )}
      </Stack>
      <Modal
        opened={confirmRotate}
        onClose={() => setConfirmRotate(false)}
        title={t('leadSettings.intake.rotateTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="lg">
          <Text size="sm">{t('leadSettings.intake.rotateBody', { hint: tokenHint ?? '' })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirmRotate(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="orange" loading={busy === 'rotate'} onClick={() => void rotate()}>
              {t('leadSettings.intake.rotateConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <TokenModal token={intake.token} endpoint={endpoint} onClose={intake.forgetToken} />
    </Paper>
  );
}
