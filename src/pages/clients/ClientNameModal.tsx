import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '#contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClients } from '../../stores/clients';
import { ClientNameInput } from './ClientNameInput';
import { useClientNameForm } from './use-client-name-form';

export type ClientNameTarget = { kind: 'create' } | { kind: 'rename'; client: Client };

function ClientNameFormBody({ target, onDone }: { target: ClientNameTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useClients((s) => s.create);
  const rename = useClients((s) => s.rename);
  const form = useClientNameForm(target.kind === 'rename' ? target.client.name : '');

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const saved = await form.submit((name) =>
      target.kind === 'rename' ? rename(target.client.id, name) : create(name),
    );
    if (saved) onDone();
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="lg">
        {form.formError && <ErrorAlert error={form.formError} />}
        <ClientNameInput form={form} autoFocus />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.busy}>
            {target.kind === 'rename' ? t('clients.form.renameSubmit') : t('clients.form.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Create and rename share one dialog; the body remounts per opening, so no stale text or error remains. */
export function ClientNameModal({ target, onClose }: { target: ClientNameTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  // Keeps the last target through the closing transition, so the title does not flip while fading.
  const [shown, setShown] = useState(target);
  if (target !== null && target !== shown) setShown(target);
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={shown?.kind === 'rename' ? t('clients.form.renameTitle') : t('clients.form.createTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target && <ClientNameFormBody target={target} onDone={onClose} />}
    </Modal>
  );
}
