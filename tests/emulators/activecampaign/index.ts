/**
 * ActiveCampaign API v3 emulator for unit tests, Playwright and benchmarks.
 * Behaviour follows docs/crm/activecampaign.md. Where docs/crm/activecampaign.md
 * is silent (archived lists, gateway 5xx bodies, the 429 body) the choice is
 * marked in the module that makes it.
 */
export { startAcEmulator, DEFAULT_API_TOKEN, type AcEmulator, type AcEmulatorOptions } from './server';
export { AcAccount, type AcAccountConfig } from './account';
export { AcAccountState } from './state';
export { AcFaults, type AcFault, type AcFaultKind, type AcFaultMatch, type AcFaultRuleView } from './faults';
export { ImportQueue, type ImportContact, type ImportRecord, type ImportSettings } from './imports';
export { RequestLog, type AcLogEntry, type AcStats } from './log';
export type { RateLimitConfig } from './rate-limit';
export type { AcContactView, AcStateSnapshot } from './snapshot';
export { DEFAULT_SEED } from './seed';
export type { AcSeed, AcUserSeed, Clock, FieldType } from './types';
