import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function CopyAction({
  value,
  copyLabel,
  copiedLabel,
  variant = 'subtle',
}: {
  value: string;
  copyLabel?: string;
  copiedLabel?: string;
  variant?: 'subtle' | 'default';
}) {
  const { t } = useTranslation();
  const copy = copyLabel ?? t('common.copy');
  const copied = copiedLabel ?? t('common.copied');
  return (
    <CopyButton value={value}>
      {(state) => (
        <Tooltip label={state.copied ? copied : copy}>
          <ActionIcon
            variant={variant}
            size="lg"
            color={state.copied ? 'teal' : 'gray'}
            onClick={state.copy}
            aria-label={copy}
          >
            {state.copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

/** A value shown as code with a copy button beside it (or a code block for several lines). */
export function CopyField({
  value,
  copyLabel,
  copiedLabel,
  block = false,
  testId,
}: {
  value: string;
  copyLabel?: string;
  copiedLabel?: string;
  block?: boolean;
  testId?: string;
}) {
  const button = (
    <CopyAction value={value} copyLabel={copyLabel} copiedLabel={copiedLabel} variant={block ? 'default' : 'subtle'} />
  );
  if (block) {
    return (
      <div style={{ position: 'relative' }}>
        {/* Lines kept whole (a token cut in two reads as two values): long ones scroll sideways. */}
        <Code block data-testid={testId} style={{ whiteSpace: 'pre', overflowX: 'auto', paddingRight: 52 }}>
          {value}
        </Code>
        <div style={{ position: 'absolute', top: 6, right: 6 }}>{button}</div>
      </div>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Code data-testid={testId} style={{ wordBreak: 'break-all' }}>
        {value}
      </Code>
      {button}
    </Group>
  );
}
