import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import {
  IconCheck,
  IconCopy,
  IconDots,
  IconPencil,
  IconPlus,
  IconStar,
  IconTrash,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ScoringProfileSummary } from '#contract';
import classes from './scoring.module.css';
import { useRangeLabel } from '../../i18n/range-label';

interface ProfileListProps {
  profiles: ScoringProfileSummary[];
  editingId: string | null;
  dirty: boolean;
  busy: boolean;
  onEdit: (profile: ScoringProfileSummary) => void;
  onActivate: (profile: ScoringProfileSummary) => void;
  onDuplicate: (profile: ScoringProfileSummary) => void;
  /** "Copy to other clients…". */
  onCopy: (profile: ScoringProfileSummary) => void;
  onDelete: (profile: ScoringProfileSummary) => void;
  onCreate: () => void;
}

/** The client's profiles, the active one first, each with its actions. */
export function ProfileList(props: ProfileListProps) {
  const { t } = useTranslation();
  const { nameOf } = useRangeLabel();
  const { profiles, editingId, dirty, busy } = props;
  const sorted = [...profiles].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));

  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <div>
          <Title order={2} size="h5">
            {t('scoring.profiles.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('scoring.profiles.subtitle')}
          </Text>
        </div>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={props.onCreate} disabled={busy}>
          {t('scoring.profiles.new')}
        </Button>
      </Group>
      <Stack gap={6} role="list" aria-label={t('scoring.profiles.listLabel')}>
        {sorted.map((profile) => {
          const editing = profile.id === editingId;
          return (
            <Group
              key={profile.id}
              role="listitem"
              aria-label={profile.name}
              data-testid="scoring-profile"
              data-active={profile.active || undefined}
              data-editing={editing || undefined}
              className={classes.profileRow}
              wrap="nowrap"
              gap="sm"
            >
              <UnstyledButton className={classes.profileMain} onClick={() => props.onEdit(profile)}>
                <Group gap="xs" wrap="nowrap">
                  <Text fw={600} size="sm" truncate>
                    {profile.name}
                  </Text>
                  {profile.active && (
                    <Badge size="sm" color="teal" variant="light" leftSection={<IconCheck size={12} />}>
                      {t('scoring.profiles.active')}
                    </Badge>
                  )}
                  {editing && (
                    <Badge size="sm" color={dirty ? 'orange' : 'blue'} variant="dot">
                      {dirty ? t('scoring.editor.unsaved') : t('scoring.profiles.editing')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {t('scoring.profiles.summary', { rules: profile.rules, qualifyAt: profile.qualifyAt })}
                  {' · '}
                  {[...profile.ranges]
                    .sort((a, b) => b.min - a.min)
                    .map((r) => `${nameOf(r.name)} ${r.min}–${r.max}`)
                    .join(' · ')}
                </Text>
              </UnstyledButton>
              {!profile.active && (
                <Button
                  size="compact-sm"
                  variant="default"
                  leftSection={<IconStar size={14} />}
                  onClick={() => props.onActivate(profile)}
                  disabled={busy}
                >
                  {t('scoring.profiles.activate')}
                </Button>
              )}
              <Menu position="bottom-end" shadow="md" withinPortal>
                <Menu.Target>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('scoring.profiles.actionsFor', { name: profile.name })}
                  >
                    <IconDots size={18} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => props.onEdit(profile)}>
                    {t('scoring.profiles.edit')}
                  </Menu.Item>
                  <Menu.Item
                    leftSection={<IconStar size={16} />}
                    onClick={() => props.onActivate(profile)}
                    disabled={profile.active || busy}
                  >
                    {t('scoring.profiles.activate')}
                  </Menu.Item>
                  <Menu.Item
                    leftSection={<IconCopy size={16} />}
                    onClick={() => props.onDuplicate(profile)}
                    disabled={busy}
                  >
                    {t('scoring.profiles.duplicate')}
                  </Menu.Item>
                  <Menu.Item leftSection={<IconUsersGroup size={16} />} onClick={() => props.onCopy(profile)}>
                    {t('templates.copyAction')}
                  </Menu.Item>
                  <Menu.Divider />
                  <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => props.onDelete(profile)}>
                    {t('scoring.profiles.delete')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
