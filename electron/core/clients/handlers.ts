import type { clientsChannels } from '#contract';
import { AppError } from '../errors';
import type { EventBus } from '../events';
import type { Domain } from '../domain';
import type { HandlerSlice } from '../rpc/handlers';
import type { PreferencesService } from '../settings/preferences';
import type { ClientsRepository } from './repository';

function clientsHandlers(deps: {
  repo: ClientsRepository;
  prefs: PreferencesService;
  events: EventBus;
}): HandlerSlice<keyof typeof clientsChannels> {
  const { repo, prefs, events } = deps;

  /** The remembered client while it is active; otherwise the first active one, or none. */
  function current() {
    const id = prefs.read().currentClientId;
    const remembered = id ? repo.find(id) : null;
    if (remembered && remembered.archivedAt === null) return remembered;
    const fallback = repo.list(false)[0] ?? null;
    prefs.update({ currentClientId: fallback?.id ?? null });
    return fallback;
  }

  return {
    'clients:list': ({ includeArchived }) => repo.list(includeArchived),
    'clients:create': ({ name }) => {
      const hadCurrent = current() !== null;
      const client = repo.create(name);
      // The first client an agency creates is the one it works on.
      if (!hadCurrent) prefs.update({ currentClientId: client.id });
      events.emit('clients:changed', { reason: 'created', clientId: client.id });
      return client;
    },
    'clients:rename': ({ id, name }) => {
      const client = repo.rename(id, name);
      events.emit('clients:changed', { reason: 'renamed', clientId: id });
      return client;
    },
    'clients:archive': ({ id }) => {
      const client = repo.setArchived(id, true);
      events.emit('clients:changed', { reason: 'archived', clientId: id });
      return client;
    },
    'clients:restore': ({ id }) => {
      const client = repo.setArchived(id, false);
      events.emit('clients:changed', { reason: 'restored', clientId: id });
      return client;
    },
    'clients:getCurrent': () => current(),
    'clients:setCurrent': ({ id }) => {
      const client = repo.require(id);
      if (client.archivedAt !== null) {
        throw new AppError('conflict', `"${client.name}" is archived. Restore it before working on it.`);
      }
      prefs.update({ currentClientId: id });
      events.emit('clients:changed', { reason: 'current', clientId: id });
      return client;
    },
  };
}

/** Client accounts and the current client. */
export function clientsDomain(deps: Parameters<typeof clientsHandlers>[0]): Domain<keyof typeof clientsChannels> {
  return { name: 'clients', handlers: clientsHandlers(deps) };
}
