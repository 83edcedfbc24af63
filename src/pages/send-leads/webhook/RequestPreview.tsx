import { Alert, Code, Group, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '#contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { Query } from '../use-api-query';

type Preview = OutputOf<'webhook:preview'>;

function where(path: Preview['errors'][number]['path']): string {
  return (path[0] === 'bodyTemplate' ? path.slice(1) : path).join(' › ');
}

function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

const UNKNOWN = /^Unknown placeholder \{\{(.*?)\}\}\.(?: Did you mean \{\{(.*?)\}\}\?)?$/;

/** The core's message in the user's language where it is one the page knows. */
function useTemplateMessage(): (message: string) => string {
  const { t } = useTranslation();
  return (message) => {
    const unknown = UNKNOWN.exec(message);
    if (!unknown) return message;
    const name = `{{${unknown[1] ?? ''}}}`;
    const opts = { name, interpolation: { escapeValue: false } };
    return unknown[2] !== undefined
      ? t('webhookWizard.body.unknownSuggest', { ...opts, suggestion: `{{${unknown[2]}}}` })
      : t('webhookWizard.body.unknown', opts);
  };
}

/** Template problems, each with where it is in the body (the JSON keys leading to it). */
export function TemplateErrors({ errors }: { errors: Preview['errors'] }) {
  const { t } = useTranslation();
  const messageOf = useTemplateMessage();
  if (errors.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('webhookWizard.body.errorsTitle')}
    >
      <List size="sm" data-testid="template-errors">
        {errors.map((e, i) => (
          <List.Item key={i}>
            {/* The form field's own name is not part of where the problem is in the body. */}
            {where(e.path) && <Code>{where(e.path)}</Code>} {messageOf(e.message)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The exact request: method, URL, headers (secret values masked) and the body as it is signed. */
export function RequestPreview({ query, showHeaders = true }: { query: Query<Preview>; showHeaders?: boolean }) {
  const { t } = useTranslation();
  const value = query.status === 'ok' ? query.value : query.last;
  if (query.status === 'error') return <ErrorAlert error={query.error} onRetry={query.reload} />;
  if (!value) return <Loader size="sm" />;
  if (value.errors.length > 0) return <TemplateErrors errors={value.errors} />;
  return (
    <Stack gap="md" data-testid="request-preview">
      <Group gap="xs">
        <Code fw={700}>{value.method}</Code>
        <Code data-testid="preview-url">{value.url}</Code>
        {query.status === 'loading' && <Loader size="xs" />}
      </Group>
      {showHeaders && (
        <Stack gap={4}>
          <Title order={4} size="h6">
            {t('webhookWizard.review.headersTitle')}
          </Title>
          <Table withTableBorder withColumnBorders fz="xs" ff="monospace" data-testid="preview-headers">
            <Table.Tbody>
              {Object.entries(value.headers).map(([name, headerValue]) => (
                <Table.Tr key={name}>
                  <Table.Td w={200}>{name}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{headerValue}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      <Stack gap={4}>
        <Title order={4} size="h6">
          {t('webhookWizard.review.bodyTitle')}
        </Title>
        <Code block data-testid="preview-body" style={{ maxHeight: 420, overflow: 'auto' }}>
          {pretty(value.body)}
        </Code>
      </Stack>
      <Text size="xs" c="dimmed">
        {t('webhookWizard.review.intro')}
      </Text>
    </Stack>
  );
}
