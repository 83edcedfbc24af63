import type { z } from 'zod';
import { auditChannels } from './audit';
import { backupChannels, backupEvents } from './backup';
import { clientsChannels, clientsEvents } from './clients';
import { desktopChannels, desktopEvents } from './desktop';
import { dispatchChannels, dispatchEvents } from './dispatch';
import type { Result } from './envelope';
import { exportsChannels, exportsEvents } from './exports';
import { homeChannels } from './home';
import { intakeChannels, intakeEvents } from './intake';
import { connectorChannels, integrationsChannels, integrationsEvents } from './integrations';
import { leadImportsChannels, leadImportsEvents } from './lead-imports';
import { leadsChannels, leadsEvents } from './leads';
import { logsChannels } from './logs';
import { oauthChannels } from './oauth';
import { reportChannels } from './report';
import { scoringChannels, scoringEvents } from './scoring';
import { settingsChannels, settingsEvents } from './settings';
import { templatesChannels } from './templates';
import { updatesChannels, updatesEvents } from './updates';
import { vaultChannels } from './vault';

export * from './audit';
export * from './audit-summary';
export * from './backup';
export * from './clients';
export * from './common';
export * from './desktop';
export * from './dispatch';
export * from './envelope';
export * from './exports';
export * from './home';
export * from './intake';
export * from './integration-common';
export * from './integrations';
export * from './lead-fields';
export * from './lead-imports';
export * from './lead-input';
export * from './lead-kinds';
export * from './leads';
export * from './logs';
export * from './oauth';
export * from './report';
export * from './scoring';
export * from './scoring-limits';
export * from './scoring-profile';
export * from './settings';
export * from './templates';
export * from './ufs';
export * from './updates';
export * from './vault';

/** The one contract between the renderer and the core: `domain:verb` → input and output schemas. */
export const contract = {
  ...clientsChannels,
  ...settingsChannels,
  ...vaultChannels,
  ...dispatchChannels,
  ...integrationsChannels,
  ...connectorChannels,
  ...logsChannels,
  ...exportsChannels,
  ...leadsChannels,
  ...leadImportsChannels,
  ...scoringChannels,
  ...intakeChannels,
  ...oauthChannels,
  ...desktopChannels,
  ...backupChannels,
  ...updatesChannels,
  ...reportChannels,
  ...templatesChannels,
  ...homeChannels,
  ...auditChannels,
} as const;

/** Pushed from the core to every renderer. */
export const events = {
  ...clientsEvents,
  ...settingsEvents,
  ...dispatchEvents,
  ...integrationsEvents,
  ...exportsEvents,
  ...leadsEvents,
  ...leadImportsEvents,
  ...scoringEvents,
  ...intakeEvents,
  ...desktopEvents,
  ...backupEvents,
  ...updatesEvents,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type EventName = keyof typeof events;

export const channelNames = Object.keys(contract) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

/** What a caller may pass (defaults applied by the schema). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives after validation. */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

/** The renderer's view: one async function per channel, each answering with an envelope. */
export type Api = {
  invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
