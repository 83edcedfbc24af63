import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useCallback, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationType } from '#contract';
import { useSection } from '../../../stores/section';
import type { DraftHandle } from './draft-store';

export function leaveWizards(handles: readonly DraftHandle[], visit: number): void {
  for (const handle of handles) handle.leave(visit);
}

/** Which wizard shows this client's draft in this visit, if any; a draft opened for another client stays closed. */
export function useShownWizard<T extends IntegrationType>(
  handles: readonly DraftHandle<T>[],
  visit: number,
  clientId: string | null,
): T | null {
  const subscribe = useCallback(
    (listener: () => void) => {
      const stops = handles.map((handle) => handle.subscribe(listener));
      return () => stops.forEach((stop) => stop());
    },
    [handles],
  );
  return useSyncExternalStore(
    subscribe,
    () => handles.find((handle) => clientId !== null && handle.shownFor(visit) === clientId)?.type ?? null,
  );
}

function WaitingDraft({ handle, clientId, visit }: { handle: DraftHandle; clientId: string; visit: number }) {
  const { t } = useTranslation();
  const waiting = handle.useWaiting(visit);
  if (!waiting || waiting.clientId !== clientId) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconPencil size={20} />}
      title={t('sendLeads.unsaved.title', { name: waiting.name })}
      data-testid={`unsaved-${handle.type}`}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('sendLeads.unsaved.body', { type: t(`sendLeads.cards.${handle.type}.name`) })}</Text>
        <Group gap="xs">
          <Button size="xs" onClick={handle.resume}>
            {t('sendLeads.unsaved.resume')}
          </Button>
          <Button size="xs" variant="default" onClick={handle.close}>
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
export function useDraftGuard(handle: DraftHandle): { guard: (start: () => void) => void; modal: ReactNode } {
  const { t } = useTranslation();
  const visit = useSection((s) => s.visit);
  const waiting = handle.useWaiting(visit);
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
              handle.close();
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

/** Drafts the user left (by the sidebar, or for another section) with changes not saved yet, in the cards' order. */
export function WaitingDrafts({
  handles,
  clientId,
  visit,
}: {
  handles: readonly DraftHandle[];
  clientId: string;
  visit: number;
}) {
  return (
    <>
      {handles.map((handle) => (
        <WaitingDraft key={handle.type} handle={handle} clientId={clientId} visit={visit} />
      ))}
    </>
  );
}
