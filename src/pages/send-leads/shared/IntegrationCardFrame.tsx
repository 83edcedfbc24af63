import { Button, Group, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, IntegrationSummary } from '#contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { IntegrationItem, type IntegrationItemActions } from '../IntegrationItem';
import type { LifecycleAction } from '../use-integration-actions';
import type { DraftHandle } from './draft-store';
import { useDraftGuard } from './waiting-drafts';

export interface IntegrationCardTexts {
  name: string;
  description: string;
  empty: string;
  listLabel: string;
}

interface IntegrationCardFrameProps extends IntegrationItemActions {
  /** The type's draft store: a draft left with unsaved changes is not replaced without asking. */
  drafts: DraftHandle;
  icon: ReactNode;
  /** The integration's colour; the icon falls back to the brand colour and the button to the theme's. */
  color?: string;
  texts: IntegrationCardTexts;
  /** This card's integrations only. */
  items: IntegrationSummary[];
  loaded: boolean;
  busy: { id: string; action: LifecycleAction } | null;
  editingId: string | null;
  onIntegrate: () => void;
  /** A failed load of an integration to edit, shown in the card; absent when the page shows it. */
  error?: AppErrorPayload | null;
  onDismissError?: () => void;
}

/** One integration type on the Send Leads page: what it does, its integrations, and the way into its wizard. */
export function IntegrationCardFrame({
  drafts,
  icon,
  color,
  texts,
  items,
  loaded,
  busy,
  editingId,
  onIntegrate,
  error,
  onDismissError,
  onEdit,
  ...actions
}: IntegrationCardFrameProps) {
  const { t } = useTranslation();
  const { guard, modal } = useDraftGuard(drafts);
  return (
    // "card-hubspot"…: the e2e page models find each card by it.
    <Paper withBorder p="lg" data-testid={`card-${drafts.type}`}>
      {modal}
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={44} radius="md" variant="filled" color={color ?? 'brand'}>
            {icon}
          </ThemeIcon>
          <Stack gap={2}>
            <Title order={2} size="h4">
              {texts.name}
            </Title>
            <Text size="sm" c="dimmed" maw={560}>
              {texts.description}
            </Text>
          </Stack>
        </Group>
        <Button
          leftSection={items.length > 0 ? <IconPlus size={16} /> : undefined}
          variant={items.length > 0 ? 'light' : 'filled'}
          color={color}
          onClick={() => guard(onIntegrate)}
          style={{ flexShrink: 0 }}
          // Every card has this button: its name says which integration it starts.
          aria-label={
            items.length > 0
              ? t('sendLeads.cards.addAnotherLabel', { name: texts.name })
              : t('sendLeads.cards.integrateLabel', { name: texts.name })
          }
        >
          {items.length > 0 ? t('sendLeads.cards.addAnother') : t('sendLeads.cards.integrate')}
        </Button>
      </Group>
      {error && (
        <Stack pt="md">
          <ErrorAlert error={error} onClose={onDismissError} />
        </Stack>
      )}
      {!loaded ? (
        <Group justify="center" pt="lg">
          <Loader size="sm" />
        </Group>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed" pt="md">
          {texts.empty}
        </Text>
      ) : (
        <Stack gap={0} pt="sm" role="list" aria-label={texts.listLabel}>
          {items.map((item) => (
            // A rule above each item, drawn by the item itself: a list may hold only its items.
            <div key={item.id} role="listitem" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
              <IntegrationItem
                item={item}
                busyAction={busy?.id === item.id ? busy.action : null}
                editing={editingId === item.id}
                onEdit={(edited) => guard(() => onEdit(edited))}
                {...actions}
              />
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
