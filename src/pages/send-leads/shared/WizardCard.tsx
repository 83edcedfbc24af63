import type { ReactNode } from 'react';
import type { IntegrationDetail, IntegrationSummary } from '#contract';
import type { IntegrationItemActions } from '../IntegrationItem';
import type { LifecycleAction } from '../use-integration-actions';
import { IntegrationCardFrame, type IntegrationCardTexts } from './IntegrationCardFrame';
import { useEditIntegration } from './use-edit-integration';

/** What the Send Leads page hands every card. */
export interface WizardCardProps extends Omit<IntegrationItemActions, 'onEdit'> {
  clientId: string;
  /** Every integration of the client; each card shows its own type's. */
  items: IntegrationSummary[];
  loaded: boolean;
  busy: { id: string; action: LifecycleAction } | null;
}

interface Props<T extends IntegrationDetail['type']> extends Omit<WizardCardProps, 'clientId'> {
  type: T;
  icon: ReactNode;
  color: string;
  texts: IntegrationCardTexts;
  onIntegrate: () => void;
  /** Opens the wizard on a stored integration. */
  onOpen: (detail: Extract<IntegrationDetail, { type: T }>) => void;
}

/** A card whose wizard loads an integration for editing by itself, showing a failed load in the card. */
export function WizardCard<T extends IntegrationDetail['type']>({ type, items, onOpen, ...rest }: Props<T>) {
  const editing = useEditIntegration(type, onOpen);
  return (
    <IntegrationCardFrame
      type={type}
      items={items.filter((item) => item.type === type)}
      editingId={editing.editingId}
      error={editing.error}
      onDismissError={editing.clearError}
      onEdit={(item) => void editing.edit(item)}
      {...rest}
    />
  );
}
