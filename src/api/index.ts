import type { Api } from '#contract';
import { createBridgeClient } from './bridge-client';
import { alwaysOpen, type Connection } from './connection';
import { findElectronApi } from './electron-api';
import { takeBridgeToken } from './token';

export type { Connection, ConnectionState } from './connection';
export { fieldIssues, issueFor } from './errors';

export interface ApiClient {
  api: Api;
  connection: Connection;
  host: 'electron' | 'browser';
}

let client: ApiClient | null = null;

async function serverAnswers(origin: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/', origin), { method: 'HEAD', cache: 'no-store' });
    return response.ok;
  } catch {
    return false;
  }
}

function createClient(win: Window): ApiClient {
  const electron = findElectronApi(win);
  if (electron) return { api: electron, connection: alwaysOpen, host: 'electron' };

  const origin = win.location.origin;
  const bridge = createBridgeClient({ origin, getToken: takeBridgeToken, probe: () => serverAnswers(origin) });
  // Opening the freshly printed URL in a tab that is already on this origin only changes the fragment.
  win.addEventListener('hashchange', () => {
    // Always take it (and strip it from the address bar), even if the current link still works.
    if (takeBridgeToken() && bridge.connection.getState().status !== 'open') bridge.connection.retryNow();
  });
  win.addEventListener('online', () => bridge.connection.retryNow());
  bridge.start();
  return { api: bridge.api, connection: bridge.connection, host: 'browser' };
}

/** Picks the transport once per page: the preload's object in Electron, the WebSocket bridge elsewhere. */
export function initApi(win: Window = window): ApiClient {
  client ??= createClient(win);
  return client;
}

function requireClient(): ApiClient {
  if (!client) throw new Error('initApi() must run before the API is used.');
  return client;
}

/** The only way the rest of the renderer reaches the core. */
export function getApi(): Api {
  return requireClient().api;
}

export function getConnection(): Connection {
  return requireClient().connection;
}

export function getConnectionHost(): ApiClient['host'] {
  return requireClient().host;
}
