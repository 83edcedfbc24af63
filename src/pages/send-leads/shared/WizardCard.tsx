import type { ReactNode } from 'react';
import type { IntegrationDetail, IntegrationSummary, IntegrationType } from '#contract';
import type { IntegrationItemActions } from '../IntegrationItem';
import type { LifecycleAction } from '../use-integration-actions';
import type { DraftHandle } from './draft-store';
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

interface Props<T extends IntegrationType> extends Omit<WizardCardProps, 'clientId'> {
  /** The type's draft store, which says which type this card is. */
  drafts: DraftHandle<T>;
  icon: ReactNode;
  /** The integration's colour; the brand colour when absent. */
  color?: string;
  texts: IntegrationCardTexts;
  onIntegrate: () => void;
  /** Opens the wizard on a stored integration. */
  onOpen: (detail: Extract<IntegrationDetail, { type: T }>) => void;
}

/** A card whose wizard loads an integration for editing by itself, showing a failed load in the card. */
export function WizardCard<T extends IntegrationType>({ drafts, items, onOpen, ...rest }: Props<T>) {
  const editing = useEditIntegration(drafts.type, onOpen);
  return (
    <IntegrationCardFrame
      drafts={drafts}
      items={items.filter((item) => item.type === drafts.type)}
      editingId={editing.editingId}
      error={editing.error}
      onDismissError={editing.clearError}
      onEdit={(item) => void editing.edit(item)}
      {...rest}
    />
  );
}
