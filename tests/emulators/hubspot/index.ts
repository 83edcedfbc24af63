/**
 * HubSpot CRM v3 + OAuth emulator for unit tests and Playwright. Behaviour follows
 * docs/crm/hubspot.md; where docs/crm/hubspot.md is silent the choice is marked in the module
 * that makes it.
 */
export {
  startHubspotEmulator,
  DEFAULT_OAUTH_APP,
  DEFAULT_PORTAL_ID,
  DEFAULT_PRIVATE_TOKEN,
  type HubspotEmulator,
  type HubspotEmulatorOptions,
} from './server';
export type { LogEntry } from './control';
export type { OAuthAppConfig, OAuthServerConfig } from './oauth-server';
export type { HubspotRateConfig } from './rate-limit';
export type { CrmObject, PortalSnapshot } from './state';
