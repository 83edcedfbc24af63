import { getApi, getConnection } from '../api';
import { applyLanguage, resolveLanguage } from '../i18n';
import { useBacklog } from '../stores/backlog';
import { useClients } from '../stores/clients';
import { useIntegrations } from '../stores/integrations';
import { bindConnection, useConnection } from '../stores/connection';
import { usePreferences } from '../stores/preferences';
import { watchRestarts } from '../stores/restarting';
import { useSending } from '../stores/sending';
import { colorSchemeManager } from './color-scheme';
import { startDesktopSync } from './desktop-sync';

const PREFS_CACHE_KEY = 'zbl.language';

export function cachedLanguagePreference(): 'system' | 'pt-BR' | 'en' {
  try {
    const value = localStorage.getItem(PREFS_CACHE_KEY);
    return value === 'pt-BR' || value === 'en' ? value : 'system';
  } catch {
    return 'system';
  }
}

function applyPreferences(): void {
  const prefs = usePreferences.getState().prefs;
  if (!prefs) return;
  applyLanguage(resolveLanguage(prefs.language));
  colorSchemeManager.apply(prefs.theme);
  try {
    localStorage.setItem(PREFS_CACHE_KEY, prefs.language);
  } catch {
    // Only used to pick the first paint's language.
  }
}

/** Wires the core's events and the connection to the stores, once, before the first render. */
export function startSync(): void {
  const api = getApi();
  api.on('clients:changed', () => void useClients.getState().refresh());
  api.on('settings:changed', (prefs) => usePreferences.getState().received(prefs));
  api.on('integrations:changed', ({ clientId }) => useIntegrations.getState().changed(clientId));
  // The engine pauses an integration by itself when the CRM refuses its key: the badge must follow.
  api.on('dispatch:integrationStatus', ({ clientId }) => useIntegrations.getState().changed(clientId));
  api.on('dispatch:backlog', ({ items }) => useBacklog.getState().received(items));
  startDesktopSync(api);
  watchRestarts();

  usePreferences.subscribe((state, prev) => {
    if (state.prefs !== prev.prefs) applyPreferences();
  });
  // 'System' language follows the OS while the app is open, not just at start.
  window.addEventListener('languagechange', applyPreferences);

  useConnection.subscribe((state, prev) => {
    if (state.opens === prev.opens) return;
    // Events sent while we were away are lost; reloading is simpler and safer than replaying.
    void usePreferences.getState().load();
    void useClients.getState().refresh();
    void useIntegrations.getState().refresh();
    void useSending.getState().load();
    void useBacklog.getState().load();
  });
  bindConnection(getConnection());
}
