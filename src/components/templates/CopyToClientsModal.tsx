import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, ClientTemplate } from '#contract';
import { getApi } from '../../api';
import { activeOf, useClients } from '../../stores/clients';
import { ErrorAlert } from '../ErrorAlert';
import type { CopySource, FlowTarget } from './flow-state';
import { TemplateFlow } from './TemplateFlow';

/** What is copied: one integration, or one scoring profile, of a client. */
export type CopyPiece =
  | { kind: 'integration'; clientId: string; id: string; name: string; hint: string | null }
  | { kind: 'profile'; clientId: string; id: string; name: string };

/**
 * "Copy to other clients…": the piece is built as a one-item template, then imported into each
 * chosen client through the same steps as a template file (accounts, names, test lead).
 */
export function CopyToClientsModal({ piece, onClose }: { piece: CopyPiece | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(piece);
  if (piece !== null && piece !== shown) setShown(piece);
  return (
    <Modal
      opened={piece !== null}
      onClose={onClose}
      size="xl"
      title={shown ? t('templates.copyTitle', { name: shown.name }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {piece && <CopyBody key={`${piece.kind}:${piece.id}`} piece={piece} onClose={onClose} />}
    </Modal>
  );
}

function CopyBody({ piece, onClose }: { piece: CopyPiece; onClose: () => void }) {
  const { t } = useTranslation();
  const all = useClients((s) => s.all);
  const others = activeOf(all).filter((c) => c.id !== piece.clientId);
  const [picked, setPicked] = useState<string[]>([]);
  const [template, setTemplate] = useState<ClientTemplate | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorPayload | null>(null);

  async function next() {
    setBusy(true);
    setError(null);
    const built = await getApi().invoke('templates:build', {
      clientId: piece.clientId,
      integrationIds: piece.kind === 'integration' ? [piece.id] : [],
      profileIds: piece.kind === 'profile' ? [piece.id] : [],
      leadSettings: false,
    });
    setBusy(false);
    if (built.ok) setTemplate(built.value.template);
    else setError(built.error);
  }

  if (template) {
    const targets: FlowTarget[] = others
      .filter((c) => picked.includes(c.id))
      .map((c) => ({ clientId: c.id, name: c.name }));
    const source: CopySource | null =
      piece.kind === 'integration' ? { integrationId: piece.id, name: piece.name, hint: piece.hint } : null;
    return (
      <TemplateFlow
        template={template}
        targets={targets}
        source={source}
        origin="copy"
        activateProfile={false}
        onBack={() => setTemplate(null)}
        onClose={onClose}
      />
    );
  }

  return (
    <Stack>
      {others.length === 0 ? (
        <Text size="sm">{t('templates.clients.none')}</Text>
      ) : (
        <Checkbox.Group
          label={t('templates.clients.label')}
          description={t('templates.clients.help')}
          value={picked}
          onChange={setPicked}
        >
          <Stack gap={6} mt="xs">
            {others.map((c) => (
              <Checkbox key={c.id} value={c.id} label={c.name} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      {error && <ErrorAlert error={error} onClose={() => setError(null)} />}
      <Group justify="flex-end">
        <Button onClick={() => void next()} loading={busy} disabled={picked.length === 0}>
          {t('templates.apply.next')}
        </Button>
      </Group>
    </Stack>
  );
}
