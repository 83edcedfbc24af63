import type { IntegrationDetail } from '#contract';
import { draftFromActiveCampaignDetail } from './activecampaign/draft';
import { useActiveCampaignWizard } from './activecampaign/store';
import { draftFromHubspotDetail } from './hubspot/draft';
import { useHubspotWizard } from './hubspot/store';
import { draftFromPipedriveDetail } from './pipedrive/draft';
import { usePipedriveWizard } from './pipedrive/store';
import { hasUnsavedChanges, type DraftStore } from './shared/draft-store';
import { draftFromWebhookDetail } from './webhook/draft';
import { useWebhookWizard } from './webhook/store';

/** The wizard of that type holds changes the user has not saved, for another integration than this one. */
export function wizardHasOtherUnsaved(detail: IntegrationDetail): boolean {
  const other = <D extends { integrationId: string | null }>(state: Pick<DraftStore<D>, 'draft' | 'baseline'>) =>
    hasUnsavedChanges(state) && state.draft?.integrationId !== detail.id;
  switch (detail.type) {
    case 'activecampaign':
      return other(useActiveCampaignWizard.getState());
    case 'hubspot':
      return other(useHubspotWizard.getState());
    case 'pipedrive':
      return other(usePipedriveWizard.getState());
    case 'webhook':
      return other(useWebhookWizard.getState());
  }
}

/**
 * Opens a stored integration in its wizard from outside the Send Leads page (the home screen's "Fix
 * the key"), as the card's "Edit" does. Every wizard's first step is where its key is entered. Call it
 * once the Send Leads section is shown: a wizard belongs to the visit it was opened in.
 */
export function openIntegrationWizard(detail: IntegrationDetail): void {
  switch (detail.type) {
    case 'activecampaign':
      return useActiveCampaignWizard.getState().open(draftFromActiveCampaignDetail(detail));
    case 'hubspot':
      return useHubspotWizard.getState().open(draftFromHubspotDetail(detail));
    case 'pipedrive':
      return usePipedriveWizard.getState().open(draftFromPipedriveDetail(detail));
    case 'webhook':
      return useWebhookWizard.getState().open(draftFromWebhookDetail(detail));
  }
}
