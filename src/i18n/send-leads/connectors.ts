import { activecampaignWizardEn } from './en-activecampaign';
import { hubspotWizardEn } from './en-hubspot';
import { pipedriveWizardEn } from './en-pipedrive';
import { webhookWizardEn } from './en-webhook';
import { activecampaignWizardPtBR } from './pt-BR-activecampaign';
import { hubspotWizardPtBR } from './pt-BR-hubspot';
import { pipedriveWizardPtBR } from './pt-BR-pipedrive';
import { webhookWizardPtBR } from './pt-BR-webhook';

/** Each integration's own words (`<type>Wizard`), listed once per language: a new connector adds its two files here. */
export const connectorWizardsEn = {
  ...activecampaignWizardEn,
  ...hubspotWizardEn,
  ...pipedriveWizardEn,
  ...webhookWizardEn,
};

export const connectorWizardsPtBR = {
  ...activecampaignWizardPtBR,
  ...hubspotWizardPtBR,
  ...pipedriveWizardPtBR,
  ...webhookWizardPtBR,
};
