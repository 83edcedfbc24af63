import { Badge, Button, Code, Collapse, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../electron/contract';
import { useCallLabel } from '../call-label';

export type PreviewRequest = OutputOf<'activecampaign:preview'>['requests'][number];

const methodColors: Record<string, string> = {
  GET: 'blue',
  POST: 'teal',
  PUT: 'orange',
  PATCH: 'orange',
  DELETE: 'red',
};

function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

function Request({ request, index }: { request: PreviewRequest; index: number }) {
  const { t } = useTranslation();
  const callLabel = useCallLabel();
  // The contact/sync body says the most; the others are one click away so the list stays scannable.
  const [open, setOpen] = useState(index === 0);
  const bodyId = useId();
  return (
    <Paper withBorder p="sm" radius="md" role="listitem" data-testid="preview-call">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Text size="sm" c="dimmed" w={22} ta="right">
              {index + 1}.
            </Text>
            <Badge size="sm" variant="filled" color={methodColors[request.method] ?? 'gray'} w={58}>
              {request.method}
            </Badge>
            {request.label && (
              <Text size="sm" fw={600} truncate="end">
                {callLabel(request.label)}
              </Text>
            )}
          </Group>
          <Tooltip
            label={request.simulated ? t('acWizard.review.simulatedHint') : t('acWizard.review.liveHint')}
            multiline
            w={260}
          >
            <Badge
              size="sm"
              variant={request.simulated ? 'outline' : 'light'}
              color={request.simulated ? 'gray' : 'blue'}
              style={{ flexShrink: 0 }}
              data-testid="preview-marker"
            >
              {request.simulated ? t('acWizard.review.simulated') : t('acWizard.review.live')}
            </Badge>
          </Tooltip>
        </Group>
        <Code style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>{request.url}</Code>
        <Text size="xs" c="dimmed" ff="monospace" style={{ whiteSpace: 'pre-wrap' }}>
          {headerLines(request.headers)}
        </Text>
        {request.body !== undefined && (
          <>
            <Button
              variant="subtle"
              size="compact-xs"
              leftSection={open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
              aria-expanded={open}
              aria-controls={bodyId}
              onClick={() => setOpen((o) => !o)}
              style={{ alignSelf: 'flex-start' }}
            >
              {open ? t('acWizard.review.hideBody') : t('acWizard.review.showBody')}
            </Button>
            <Collapse expanded={open} id={bodyId}>
              <Code block fz="xs" aria-label={t('acWizard.review.bodyLabel', { number: index + 1 })}>
                {JSON.stringify(request.body, null, 2)}
              </Code>
            </Collapse>
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** The exact calls the connector would make for the sample lead, in order. */
export function PreviewCalls({ requests }: { requests: PreviewRequest[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" role="list" aria-label={t('acWizard.review.callsLabel')}>
      {requests.map((request, index) => (
        <Request key={index} request={request} index={index} />
      ))}
    </Stack>
  );
}
