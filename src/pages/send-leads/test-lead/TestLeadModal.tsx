import { Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationSummary } from '#contract';
import { TestLeadPanel } from './TestLeadPanel';

/** The card's "Send test lead": the same panel as after activation, over the list. */
export function TestLeadModal({ item, onClose }: { item: IntegrationSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(item);
  if (item !== null && item !== shown) setShown(item);
  return (
    <Modal
      opened={item !== null}
      onClose={onClose}
      size="xl"
      title={shown ? t('testLead.title', { name: shown.name }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Keyed so each opening starts a fresh run instead of showing the previous one. */}
      {item && <TestLeadPanel key={item.id} integrationId={item.id} type={item.type} autoFocus />}
    </Modal>
  );
}
