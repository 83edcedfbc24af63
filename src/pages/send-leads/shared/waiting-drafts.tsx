import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from 'react-i18next';
import type { IntegrationDetail } from '#contract';
import { useSection } from '../../../stores/section';
import { useHubspotWizard } from '../hubspot/store';
import { usePipedriveWizard } from '../pipedrive/store';
import { useWebhookWizard } from '../webhook/store';
import { useWizardStore } from '../wizard/wizard-store';
import { hasUnsavedChanges, type DraftStore } from './draft-store';

type IntegrationType = IntegrationDetail['type'];

/** What the page needs of one wizard's draft store, whatever its draft looks like. */
interface WizardHandle {
  type: IntegrationType;
  /** The client whose draft is shown in this visit, or null (closed, or waiting in the list). */
  useShownFor: (visit: number) => string | null;
  /** The draft left before it was saved, for the list's notice. */
  useWaiting: (visit: number) => { clientId: string; name: string } | null;
  /** A new visit: a draft with nothing unsaved closes; one with unsaved changes waits. */
  leave: (visit: number) => void;
  resume: () => void;
  close: () => void;
}

function handle<D extends { clientId: string; name: string }>(
  type: IntegrationType,
  store: UseBoundStore<StoreApi<DraftStore<D>>>,
): WizardHandle {
  return {
    type,
    useShownFor: (visit) => store((s) => (s.shownAt === visit ? (s.draft?.clientId ?? null) : null)),
    useWaiting: (visit) =>
      store(
        useShallow((s) =>
          s.draft && s.shownAt !== visit && hasUnsavedChanges(s)
            ? { clientId: s.draft.clientId, name: s.draft.name }
            : null,
        ),
      ),
    leave: (visit) => {
      const s = store.getState();
      if (s.draft && s.shownAt !== visit && !hasUnsavedChanges(s)) s.close();
    },
    resume: () => store.getState().resume(),
    close: () => store.getState().close(),
  };
}

/** Every Send Leads wizard, in the order of the page's cards. */
export const wizards = {
  activecampaign: handle('activecampaign', useWizardStore),
  hubspot: handle('hubspot', useHubspotWizard),
  pipedrive: handle('pipedrive', usePipedriveWizard),
  webhook: handle('webhook', useWebhookWizard),
} as const;

const all = Object.values(wizards);

export function leaveWizards(visit: number): void {
  for (const wizard of all) wizard.leave(visit);
}

function WaitingDraft({ wizard, clientId, visit }: { wizard: WizardHandle; clientId: string; visit: number }) {
  const { t } = useTranslation();
  const waiting = wizard.useWaiting(visit);
  if (!waiting || waiting.clientId !== clientId) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconPencil size={20} />}
      title={t('sendLeads.unsaved.title', { name: waiting.name })}
      data-testid={`unsaved-${wizard.type}`}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('sendLeads.unsaved.body', { type: t(`sendLeads.cards.${wizard.type}.name`) })}</Text>
        <Group gap="xs">
          <Button size="xs" onClick={wizard.resume}>
            {t('sendLeads.unsaved.resume')}
          </Button>
          <Button size="xs" variant="default" onClick={wizard.close}>
            {t('sendLeads.unsaved.discard')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * Starting another integration of a type (Integrate, Edit) replaces that wizard's draft: when one waits
 * with unsaved changes, `guard` asks first, and `modal` is the question.
 */
export function useDraftGuard(type: IntegrationType): { guard: (start: () => void) => void; modal: ReactNode } {
  const { t } = useTranslation();
  const visit = useSection((s) => s.visit);
  const wizard = wizards[type];
  const waiting = wizard.useWaiting(visit);
  const [pending, setPending] = useState<(() => void) | null>(null);
  const guard = (start: () => void): void => {
    if (waiting === null) start();
    else setPending(() => start);
  };
  const modal = (
    <Modal
      opened={pending !== null}
      onClose={() => setPending(null)}
      title={t('sendLeads.unsaved.replaceTitle', { name: waiting?.name ?? '' })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="lg">
        <Text size="sm">{t('sendLeads.unsaved.replaceBody')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => setPending(null)} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              const start = pending;
              setPending(null);
              wizard.close();
              start?.();
            }}
          >
            {t('sendLeads.unsaved.replace')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { guard, modal };
}

/** Drafts the user left (by the sidebar, or for another section) with changes not saved yet. */
export function WaitingDrafts({ clientId, visit }: { clientId: string; visit: number }) {
  return (
    <>
      {all.map((wizard) => (
        <WaitingDraft key={wizard.type} wizard={wizard} clientId={clientId} visit={visit} />
      ))}
    </>
  );
}
