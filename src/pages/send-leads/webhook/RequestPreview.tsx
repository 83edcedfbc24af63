import { Alert, Code, Group, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../electron/contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { Query } from '../use-api-query';

type Preview = OutputOf<'webhook:preview'>;

function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** Template problems, each with where it is in the document. */
export function TemplateErrors({ errors }: { errors: Preview['errors'] }) {
  const { t } = useTranslation();
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
            {e.path.length > 0 && <Code>{e.path.join(' › ')}</Code>} {e.message}
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
