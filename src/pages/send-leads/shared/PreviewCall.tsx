import { Badge, Code, Collapse, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '#contract';
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

/** The path and query only: the host is the same for every call of a preview. */
function pathOf(url: string): string {
  const at = url.search(/[^/:]\/(?!\/)/);
  return at < 0 ? url : url.slice(at + 1);
}

function Marker({ simulated }: { simulated: boolean }) {
  const { t } = useTranslation();
  return (
    <Tooltip
      label={simulated ? t('sendLeadsWizard.previewCalls.simulatedHint') : t('sendLeadsWizard.previewCalls.liveHint')}
      multiline
      w={260}
    >
      <Badge
        size="sm"
        variant={simulated ? 'outline' : 'light'}
        color={simulated ? 'gray' : 'blue'}
        style={{ flexShrink: 0 }}
        data-testid="preview-marker"
      >
        {simulated ? t('sendLeadsWizard.previewCalls.simulated') : t('sendLeadsWizard.previewCalls.live')}
      </Badge>
    </Tooltip>
  );
}

/**
 * One call on one line (number, method, what it does, its path); its URL, headers and body open
 * below it. The contact's own call says the most, so the preview opens that one.
 */
export function PreviewCall({
  request,
  number,
  open: initiallyOpen,
}: {
  request: PreviewRequest;
  number: number;
  open: boolean;
}) {
  const { t } = useTranslation();
  const callLabel = useCallLabel();
  const [open, setOpen] = useState(initiallyOpen);
  const detailsId = useId();
  const name = callLabel(request.label) ?? `${request.method} ${pathOf(request.url)}`;
  return (
    <div role="listitem" data-testid="preview-call">
      <Group gap="xs" wrap="nowrap" py={6} px="sm">
        <UnstyledButton
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls={detailsId}
          style={{ display: 'flex', alignItems: 'center', gap: 8, flex: 1, minWidth: 0 }}
        >
          {open ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
          <Text size="sm" c="dimmed" w={24} ta="right" style={{ flexShrink: 0 }}>
            {number}.
          </Text>
          <Badge
            size="sm"
            variant="filled"
            color={methodColors[request.method] ?? 'gray'}
            w={58}
            style={{ flexShrink: 0 }}
          >
            {request.method}
          </Badge>
          <Text size="sm" fw={600} truncate="end" style={{ flexShrink: 1, minWidth: 0 }}>
            {name}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace" truncate="end" style={{ flex: 1, minWidth: 0 }}>
            {pathOf(request.url)}
          </Text>
        </UnstyledButton>
        <Marker simulated={request.simulated} />
      </Group>
      <Collapse expanded={open} id={detailsId} keepMountedMode="display-none">
        <Stack gap={6} px="sm" pb="sm" pl={62}>
          <Code style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>{request.url}</Code>
          <Text size="xs" c="dimmed" ff="monospace" style={{ whiteSpace: 'pre-wrap' }}>
            {headerLines(request.headers)}
          </Text>
          {request.body !== undefined && (
            <Code block fz="xs" aria-label={t('sendLeadsWizard.previewCalls.bodyLabel', { number })}>
              {JSON.stringify(request.body, null, 2)}
            </Code>
          )}
        </Stack>
      </Collapse>
    </div>
  );
}
