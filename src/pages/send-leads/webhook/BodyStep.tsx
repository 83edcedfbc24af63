import { Badge, Button, CopyButton, Group, SimpleGrid, Stack, Text, Textarea, Title, Tooltip } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../../../api';
import { useApiQuery } from '../use-api-query';
import { RequestPreview } from './RequestPreview';
import { useWebhookDraft, useWebhookPatch } from './store';
import { useWebhookPreview } from './use-webhook-preview';

/** The placeholders and the default template never change while the app runs. */
function usePlaceholders() {
  return useApiQuery('placeholders', () => getApi().invoke('webhook:placeholders', {}));
}

export function BodyStep() {
  const { t } = useTranslation();
  const draft = useWebhookDraft();
  const patch = useWebhookPatch();
  const placeholders = usePlaceholders();
  const preview = useWebhookPreview();
  const defaults = placeholders.status === 'ok' ? placeholders.value : null;

  // A new webhook starts from the default body, which works with any receiver that takes JSON.
  useEffect(() => {
    if (defaults && draft.bodyTemplate === '') patch({ bodyTemplate: defaults.defaultTemplate }, 'auto');
  }, [defaults, draft.bodyTemplate, patch]);

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={760}>
        {t('webhookWizard.body.intro', { example: '"{{score}}"' })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <Textarea
            label={t('webhookWizard.body.templateLabel')}
            value={draft.bodyTemplate}
            onChange={(e) => patch({ bodyTemplate: e.currentTarget.value })}
            autosize
            minRows={14}
            maxRows={28}
            spellCheck={false}
            wrap="off"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
          />
          <Group>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconRestore size={14} />}
              disabled={!defaults || draft.bodyTemplate === defaults.defaultTemplate}
              onClick={() => defaults && patch({ bodyTemplate: defaults.defaultTemplate })}
            >
              {t('webhookWizard.body.restore')}
            </Button>
          </Group>
          <Title order={3} size="h6" mt="sm">
            {t('webhookWizard.body.placeholdersTitle')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('webhookWizard.body.placeholdersHint', { example: '{{lead.utm.campaign}}' })}
          </Text>
          <Group gap={6} data-testid="placeholders">
            {defaults?.placeholders.map((p) => {
              const text = `{{${p.path}}}`;
              return (
                <CopyButton key={p.path} value={text}>
                  {({ copied, copy }) => (
                    <Tooltip label={t('webhookWizard.body.copied', { text })} opened={copied} withArrow>
                      <Badge
                        component="button"
                        type="button"
                        variant={copied ? 'filled' : 'light'}
                        color="grape"
                        tt="none"
                        ff="monospace"
                        style={{ cursor: 'pointer' }}
                        onClick={copy}
                      >
                        {text}
                      </Badge>
                    </Tooltip>
                  )}
                </CopyButton>
              );
            })}
          </Group>
        </Stack>
        <Stack gap="sm">
          <Title order={3} size="h6">
            {t('webhookWizard.body.previewTitle')}
          </Title>
          <RequestPreview query={preview} showHeaders={false} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
