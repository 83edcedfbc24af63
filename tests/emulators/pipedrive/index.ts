/**
 * Pipedrive API + OAuth emulator for unit tests and Playwright. Behaviour follows
 * docs/crm/pipedrive.md; where docs/crm/pipedrive.md is silent the choice is marked in the module
 * that makes it.
 */
export {
  startPipedriveEmulator,
  DEFAULT_API_TOKEN,
  DEFAULT_OAUTH_APP,
  type PipedriveEmulator,
  type PipedriveEmulatorOptions,
} from './server';
export type { LogEntry } from './control';
export type { OAuthAppConfig, OAuthServerConfig } from './oauth-server';
export type { PipedriveRateConfig } from './rate-limit';
export { COMPANY, FIELD_KEYS, USER, type CompanySnapshot, type Lead, type Note, type Person } from './state';
