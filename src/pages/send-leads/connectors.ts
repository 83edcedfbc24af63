import type { ComponentType } from 'react';
import { integrationTypes, type IntegrationType } from '#contract';
import { ActiveCampaignCard } from './activecampaign/ActiveCampaignCard';
import { ActiveCampaignWizard } from './activecampaign/ActiveCampaignWizard';
import { activeCampaignDrafts } from './activecampaign/store';
import { HubspotCard } from './hubspot/HubspotCard';
import { HubspotWizard } from './hubspot/HubspotWizard';
import { hubspotDrafts } from './hubspot/store';
import { PipedriveCard } from './pipedrive/PipedriveCard';
import { PipedriveWizard } from './pipedrive/PipedriveWizard';
import { pipedriveDrafts } from './pipedrive/store';
import type { DraftHandle } from './shared/draft-store';
import type { WizardCardProps } from './shared/WizardCard';
import { WebhookCard } from './webhook/WebhookCard';
import { WebhookWizard } from './webhook/WebhookWizard';
import { webhookDrafts } from './webhook/store';

/** What the Send Leads page has of one integration type. */
export interface Connector<T extends IntegrationType> {
  /** Its card on the page: what it does, its integrations, the way into its wizard. */
  Card: ComponentType<WizardCardProps>;
  /** Its wizard, shown instead of the page while its draft is open for the current client. */
  Wizard: ComponentType;
  /** Its wizard's draft store: whether a draft is shown, or waits with unsaved changes. */
  store: DraftHandle<T>;
}

/**
 * Every integration type's card, wizard and draft store. The map is checked against the contract's
 * types: a type added there does not compile until it has its entry here.
 */
export const connectors: { readonly [T in IntegrationType]: Connector<T> } = {
  activecampaign: { Card: ActiveCampaignCard, Wizard: ActiveCampaignWizard, store: activeCampaignDrafts },
  hubspot: { Card: HubspotCard, Wizard: HubspotWizard, store: hubspotDrafts },
  pipedrive: { Card: PipedriveCard, Wizard: PipedriveWizard, store: pipedriveDrafts },
  webhook: { Card: WebhookCard, Wizard: WebhookWizard, store: webhookDrafts },
};

/** The draft stores in the page's order (the contract's), for what concerns them all. */
export const draftStores: readonly DraftHandle[] = integrationTypes.map((type) => connectors[type].store);
