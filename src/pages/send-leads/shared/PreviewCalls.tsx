import { Badge, Collapse, Divider, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupCalls, type CallGroup } from '../call-subject';
import { PreviewCall, type PreviewRequest } from './PreviewCall';

export type { PreviewRequest } from './PreviewCall';

function CallGroupBlock({ group, open: initiallyOpen }: { group: CallGroup<PreviewRequest>; open: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(initiallyOpen);
  const listId = useId();
  const title = t(`callSubjects.${group.subject}`);
  const live = group.calls.filter((call) => !call.simulated).length;
  return (
    <Paper withBorder radius="md" data-testid="preview-group" style={{ overflow: 'hidden' }}>
      <UnstyledButton
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls={listId}
        w="100%"
        px="sm"
        py="xs"
        bg="var(--mantine-color-default-hover)"
      >
        <Group gap="xs" wrap="nowrap">
          {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          <Text size="sm" fw={700}>
            {title}
          </Text>
          <Text size="sm" c="dimmed">
            {t('sendLeadsWizard.previewCalls.groupCount', { count: group.calls.length })}
          </Text>
          {live > 0 && (
            <Badge size="xs" variant="light" color="blue">
              {t('sendLeadsWizard.previewCalls.groupLive', { count: live })}
            </Badge>
          )}
        </Group>
      </UnstyledButton>
      <Collapse expanded={open} id={listId} keepMountedMode="display-none">
        <div role="list" aria-label={title}>
          {group.calls.map((request, index) => (
            <Fragment key={index}>
              <Divider />
              <PreviewCall request={request} number={group.start + index + 1} open={initiallyOpen && index === 0} />
            </Fragment>
          ))}
        </div>
      </Collapse>
    </Paper>
  );
}

/**
 * The exact calls the connector would make for the sample lead, in order, grouped by what they are
 * about (the contact, its tags, its lists…). Only the first group starts open: a configuration with
 * a few tags and lists makes dozens of calls, and the page stays readable.
 */
export function PreviewCalls({ requests, label }: { requests: PreviewRequest[]; label: string }) {
  const groups = groupCalls(requests);
  return (
    <Stack gap="xs" aria-label={label} role="group">
      {groups.map((group, index) => (
        <CallGroupBlock key={`${group.subject}-${group.start}`} group={group} open={index === 0} />
      ))}
    </Stack>
  );
}
